// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.089091811223) q[0];
ry(pi*-0.017570314201) q[1];
ry(pi*-0.097058989731) q[2];
ry(pi*0.007662626776) q[3];
ry(pi*2.994e-09) q[4];
ry(pi*2.1501e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.299234476952) q[0];
ry(pi*0.055219869114) q[1];
ry(pi*-0.047930558423) q[2];
ry(pi*-0.002434544149) q[3];
ry(pi*-2.0606e-08) q[4];
ry(pi*9.1045e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002958575294) q[0];
ry(pi*-0.069004846232) q[1];
ry(pi*-0.144670843938) q[2];
ry(pi*0.000526171842) q[3];
ry(pi*-3.2476e-08) q[4];
ry(pi*6.071e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.176804246771) q[0];
ry(pi*0.074832045838) q[1];
ry(pi*0.124448807212) q[2];
ry(pi*-0.001524089716) q[3];
ry(pi*0.001907325286) q[4];
ry(pi*-3.1147772e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001171310149) q[0];
ry(pi*-0.145624907529) q[1];
ry(pi*-0.228443436645) q[2];
ry(pi*-0.000798965973) q[3];
ry(pi*0.001399394296) q[4];
ry(pi*-0.005427538083) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
