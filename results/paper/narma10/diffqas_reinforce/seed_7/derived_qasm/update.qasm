// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.040770874287) q[0];
rx(pi*-0.09598408871) q[1];
rx(pi*-0.001277661441) q[2];
rx(pi*0.002823478066) q[3];
rx(pi*-0.000631611145) q[4];
rx(pi*-0.00140623412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.185807726244) q[0];
rx(pi*-0.101215909264) q[1];
rx(pi*-0.003827744436) q[2];
rx(pi*-0.00163077481) q[3];
rx(pi*0.000404047822) q[4];
rx(pi*0.000214019394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.046395549298) q[0];
rx(pi*-0.097034941773) q[1];
rx(pi*0.003323158579) q[2];
rx(pi*0.001119123235) q[3];
rx(pi*0.003324212752) q[4];
rx(pi*-0.000610235381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.182477781351) q[0];
rx(pi*-0.096887599414) q[1];
rx(pi*0.002280164384) q[2];
rx(pi*0.0012458686) q[3];
rx(pi*-0.001668840664) q[4];
rx(pi*0.005023712042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.046451765549) q[0];
rx(pi*-0.097221168778) q[1];
rx(pi*-0.005176119531) q[2];
rx(pi*0.00440042645) q[3];
rx(pi*-0.001746167951) q[4];
rx(pi*-0.001220691394) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
