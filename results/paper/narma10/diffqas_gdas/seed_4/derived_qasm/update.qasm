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
rx(pi*0.000780576786) q[0];
rx(pi*-0.002094197661) q[1];
rx(pi*-0.000846785301) q[2];
rx(pi*-0.006802416032) q[3];
rx(pi*-0.002578631792) q[4];
rx(pi*-0.000217619454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00491409136) q[0];
rx(pi*0.003934267521) q[1];
rx(pi*0.007460474521) q[2];
rx(pi*0.005648832655) q[3];
rx(pi*-0.002524494835) q[4];
rx(pi*0.001871534235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001257309612) q[0];
rx(pi*-0.000508458373) q[1];
rx(pi*-0.004649120041) q[2];
rx(pi*0.003298413965) q[3];
rx(pi*0.005729060104) q[4];
rx(pi*0.002975356986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005119676793) q[0];
rx(pi*-0.002632357574) q[1];
rx(pi*0.002605927647) q[2];
rx(pi*0.004536062623) q[3];
rx(pi*-0.00242790102) q[4];
rx(pi*0.000102027924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002253069373) q[0];
rx(pi*0.001300061586) q[1];
rx(pi*-0.003066169747) q[2];
rx(pi*0.001488243081) q[3];
rx(pi*-0.001150184883) q[4];
rx(pi*0.003335374953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
