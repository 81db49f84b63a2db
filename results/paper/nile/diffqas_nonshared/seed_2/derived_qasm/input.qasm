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
ry(pi*-0.10874364099) q[0];
ry(pi*-0.465170602606) q[1];
ry(pi*0.209881107429) q[2];
ry(pi*-0.016681124364) q[3];
ry(pi*0.473958286047) q[4];
ry(pi*0.034855285392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.067080056235) q[0];
ry(pi*0.084120524441) q[1];
ry(pi*0.296975448802) q[2];
ry(pi*-0.10839556696) q[3];
ry(pi*0.155764958938) q[4];
ry(pi*0.03346506442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030759806731) q[0];
ry(pi*-0.003724566484) q[1];
ry(pi*-0.009132256405) q[2];
ry(pi*0.495997257442) q[3];
ry(pi*0.009472036379) q[4];
ry(pi*0.03529606501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006798248549) q[0];
ry(pi*0.075042927929) q[1];
ry(pi*0.00176229701) q[2];
ry(pi*-0.051809759619) q[3];
ry(pi*-0.034342331071) q[4];
ry(pi*-0.133073486291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010119956899) q[0];
ry(pi*0.222142568163) q[1];
ry(pi*0.036696868032) q[2];
ry(pi*0.000353165322) q[3];
ry(pi*0.005601823522) q[4];
ry(pi*0.00051502324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
