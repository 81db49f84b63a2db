// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.004514913345) q[0];
rz(pi*0.002748682455) q[1];
rz(pi*0.006047973613) q[2];
rz(pi*0.00222228194) q[3];
rz(pi*-0.006743630159) q[4];
rz(pi*-0.000490587045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001372617227) q[0];
rz(pi*0.004415289819) q[1];
rz(pi*0.000327514093) q[2];
rz(pi*-0.00038989519) q[3];
rz(pi*-0.00189824149) q[4];
rz(pi*0.000267567102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004419238818) q[0];
rz(pi*-0.005247746397) q[1];
rz(pi*-0.001710293746) q[2];
rz(pi*-0.002764011546) q[3];
rz(pi*-0.002565815998) q[4];
rz(pi*-0.000118788837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00025026001) q[0];
rz(pi*-0.000567469696) q[1];
rz(pi*0.001493384843) q[2];
rz(pi*5.6419704e-05) q[3];
rz(pi*-0.00185375099) q[4];
rz(pi*-0.003860399796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002459418163) q[0];
rz(pi*-0.005377767823) q[1];
rz(pi*-0.000289299458) q[2];
rz(pi*-0.002972744083) q[3];
rz(pi*-0.001411307996) q[4];
rz(pi*0.005024698032) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
