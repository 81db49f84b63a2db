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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077203065374) q[0];
ry(pi*0.001276722883) q[1];
ry(pi*0.003215568277) q[2];
ry(pi*0.001593765057) q[3];
ry(pi*0.026449015842) q[4];
ry(pi*0.053196046118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058908915947) q[0];
ry(pi*0.005563813401) q[1];
ry(pi*0.018617932411) q[2];
ry(pi*0.013493178629) q[3];
ry(pi*-0.064933574425) q[4];
ry(pi*0.008741175307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004246290662) q[0];
ry(pi*-0.003440996536) q[1];
ry(pi*0.01347070541) q[2];
ry(pi*0.008652733844) q[3];
ry(pi*-0.045469911627) q[4];
ry(pi*-0.045543492685) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031205014113) q[0];
ry(pi*0.492485363898) q[1];
ry(pi*-0.047278171007) q[2];
ry(pi*0.581679172613) q[3];
ry(pi*0.466527685303) q[4];
ry(pi*0.166449831771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0339383823) q[0];
ry(pi*0.013145907385) q[1];
ry(pi*-0.102420261342) q[2];
ry(pi*-0.052357275172) q[3];
ry(pi*0.04274416337) q[4];
ry(pi*0.001175870723) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
