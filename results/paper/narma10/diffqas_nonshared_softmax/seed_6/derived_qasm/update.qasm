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
rx(pi*-0.033664527288) q[0];
rx(pi*-0.099855240718) q[1];
rx(pi*0.001992344688) q[2];
rx(pi*0.0046087822) q[3];
rx(pi*-0.003965763171) q[4];
rx(pi*0.002368718201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.196684100505) q[0];
rx(pi*-0.098722093362) q[1];
rx(pi*0.000811134397) q[2];
rx(pi*-0.001729443622) q[3];
rx(pi*-0.003429247958) q[4];
rx(pi*-0.000197302606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.03855914994) q[0];
rx(pi*-0.099850070644) q[1];
rx(pi*-0.002725081542) q[2];
rx(pi*0.001736360078) q[3];
rx(pi*-0.003297082316) q[4];
rx(pi*-0.000968016787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.191891167037) q[0];
rx(pi*-0.096060055592) q[1];
rx(pi*-0.004595778753) q[2];
rx(pi*-0.001317858468) q[3];
rx(pi*0.003763921299) q[4];
rx(pi*-0.002095588304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040690339716) q[0];
rx(pi*-0.099260378673) q[1];
rx(pi*-0.000758202728) q[2];
rx(pi*0.002657177189) q[3];
rx(pi*-0.002929592644) q[4];
rx(pi*0.000607710931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
