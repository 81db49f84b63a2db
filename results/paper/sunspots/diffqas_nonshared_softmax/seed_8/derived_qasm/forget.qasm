// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.248855305197) q[0];
ry(pi*0.239018770319) q[1];
ry(pi*-0.05854780764) q[2];
ry(pi*0.119873823183) q[3];
ry(pi*-0.51299217208) q[4];
ry(pi*0.302399264076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073940706151) q[0];
ry(pi*-0.159969044723) q[1];
ry(pi*0.449373171911) q[2];
ry(pi*-0.494654935542) q[3];
ry(pi*-0.494977927599) q[4];
ry(pi*-0.302650785792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107839200621) q[0];
ry(pi*0.048298591783) q[1];
ry(pi*-0.417818608638) q[2];
ry(pi*-0.001881249764) q[3];
ry(pi*0.317540123864) q[4];
ry(pi*-0.006337503079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011700954778) q[0];
ry(pi*-0.14392943639) q[1];
ry(pi*0.254823543467) q[2];
ry(pi*0.007997030347) q[3];
ry(pi*0.004954373764) q[4];
ry(pi*-0.005638089929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.151005597747) q[0];
ry(pi*-0.07183777154) q[1];
ry(pi*0.081237511078) q[2];
ry(pi*0.489005534298) q[3];
ry(pi*-0.313453261202) q[4];
ry(pi*0.002631100333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
