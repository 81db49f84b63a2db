// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.003551072268) q[0];
ry(pi*-0.034471528368) q[1];
ry(pi*0.109366203246) q[2];
ry(pi*-0.015746858836) q[3];
ry(pi*0.010010424854) q[4];
ry(pi*-0.051495385933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047269822998) q[0];
ry(pi*0.129405333197) q[1];
ry(pi*-0.115141887099) q[2];
ry(pi*-0.051693494621) q[3];
ry(pi*0.00949526258) q[4];
ry(pi*-0.003420233532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043754443212) q[0];
ry(pi*0.124935666891) q[1];
ry(pi*0.164309060758) q[2];
ry(pi*-0.002968097242) q[3];
ry(pi*-0.008723083013) q[4];
ry(pi*0.492915893489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.042273876387) q[0];
ry(pi*0.261022167812) q[1];
ry(pi*-0.496902409289) q[2];
ry(pi*-0.038128682011) q[3];
ry(pi*0.0433379914) q[4];
ry(pi*0.006844781585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.235196824132) q[0];
ry(pi*0.038617493511) q[1];
ry(pi*0.061338893296) q[2];
ry(pi*0.025754338171) q[3];
ry(pi*0.001201263374) q[4];
ry(pi*0.005376698234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
