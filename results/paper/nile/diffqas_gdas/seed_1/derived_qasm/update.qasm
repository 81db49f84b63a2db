// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.035469011092) q[0];
rx(pi*-0.000558430664) q[1];
rx(pi*-0.09795055709) q[2];
rx(pi*0.000116288677) q[3];
rx(pi*-0.001140437116) q[4];
rx(pi*0.006159593252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.200076124229) q[0];
rx(pi*-0.254650303308) q[1];
rx(pi*-0.101035468947) q[2];
rx(pi*0.007838383788) q[3];
rx(pi*0.002266621696) q[4];
rx(pi*0.003326240761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010180287865) q[0];
rx(pi*-0.004291089173) q[1];
rx(pi*-0.097690004346) q[2];
rx(pi*-0.000614941771) q[3];
rx(pi*0.004565873553) q[4];
rx(pi*0.001892685736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.329840497704) q[0];
rx(pi*-0.244970464352) q[1];
rx(pi*-0.102899180926) q[2];
rx(pi*-0.00076728482) q[3];
rx(pi*0.000750991454) q[4];
rx(pi*0.001118499061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.039735567019) q[0];
rx(pi*0.001410017849) q[1];
rx(pi*-0.100714450056) q[2];
rx(pi*0.000212362928) q[3];
rx(pi*0.002407440838) q[4];
rx(pi*-0.000828792837) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
