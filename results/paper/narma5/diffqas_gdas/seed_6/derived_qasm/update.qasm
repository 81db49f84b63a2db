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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.258653913554) q[0];
rx(pi*0.001439803284) q[1];
rx(pi*-0.001529621161) q[2];
rx(pi*-0.006449032005) q[3];
rx(pi*0.003041933544) q[4];
rx(pi*-0.002712570201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.111005723752) q[0];
rx(pi*0.000248060931) q[1];
rx(pi*-0.004369019141) q[2];
rx(pi*0.001820192794) q[3];
rx(pi*-0.002633554636) q[4];
rx(pi*-0.00603007579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.255973709378) q[0];
rx(pi*-0.00266743937) q[1];
rx(pi*-0.00152791391) q[2];
rx(pi*0.000624036795) q[3];
rx(pi*-0.005202810037) q[4];
rx(pi*-0.000394144307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.109837751917) q[0];
rx(pi*0.002697247336) q[1];
rx(pi*-0.003084713829) q[2];
rx(pi*0.005622049064) q[3];
rx(pi*0.001039694271) q[4];
rx(pi*0.001296517684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.257946970002) q[0];
rx(pi*-0.003777170798) q[1];
rx(pi*-0.002844744441) q[2];
rx(pi*-0.0037222776) q[3];
rx(pi*-0.003933206233) q[4];
rx(pi*0.002878244977) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
