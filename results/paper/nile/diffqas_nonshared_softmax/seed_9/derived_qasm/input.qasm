// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.136497792145) q[0];
rx(pi*0.091858730342) q[1];
rx(pi*0.002652822647) q[2];
rx(pi*-0.007392247334) q[3];
rx(pi*0.003484212008) q[4];
rx(pi*-0.004962531156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.05625951877) q[0];
rx(pi*0.079204676026) q[1];
rx(pi*0.002419976636) q[2];
rx(pi*-0.003796390192) q[3];
rx(pi*-0.004444028195) q[4];
rx(pi*-0.000217979492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105113793873) q[0];
rx(pi*0.087233070104) q[1];
rx(pi*0.002792147241) q[2];
rx(pi*-0.000920502356) q[3];
rx(pi*-0.001873297218) q[4];
rx(pi*-0.001812080166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.069747956584) q[0];
rx(pi*0.091560393371) q[1];
rx(pi*0.006630300601) q[2];
rx(pi*-0.007501906851) q[3];
rx(pi*-0.004513246708) q[4];
rx(pi*0.000593643157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.106958485673) q[0];
rx(pi*0.083765477927) q[1];
rx(pi*-0.003749008423) q[2];
rx(pi*-0.000426788402) q[3];
rx(pi*-0.00470780186) q[4];
rx(pi*0.006587629113) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
