// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.503206977457) q[0];
ry(pi*0.184169714072) q[1];
ry(pi*0.100871430571) q[2];
ry(pi*0.015364808173) q[3];
ry(pi*-0.00764384672) q[4];
ry(pi*0.000526967845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074605207667) q[0];
ry(pi*-0.129082436004) q[1];
ry(pi*0.09140602161) q[2];
ry(pi*-0.02551281035) q[3];
ry(pi*0.08923792984) q[4];
ry(pi*-0.03072024618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.02509985901) q[0];
ry(pi*0.267057645499) q[1];
ry(pi*-0.132255134765) q[2];
ry(pi*0.047107458967) q[3];
ry(pi*-0.083746163669) q[4];
ry(pi*0.010182839699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050590812755) q[0];
ry(pi*-0.054467865287) q[1];
ry(pi*-0.271506697915) q[2];
ry(pi*0.415104291462) q[3];
ry(pi*0.342314699858) q[4];
ry(pi*0.005929149073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.052608512297) q[0];
ry(pi*0.015627259378) q[1];
ry(pi*0.017733476274) q[2];
ry(pi*0.060194983649) q[3];
ry(pi*-0.097587807641) q[4];
ry(pi*0.003971550749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
