// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002757077599) q[0];
rx(pi*-0.000832706707) q[1];
rx(pi*-0.000531275289) q[2];
rx(pi*0.008227863468) q[3];
rx(pi*0.004963388784) q[4];
rx(pi*0.000624181462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002293672683) q[0];
rx(pi*-0.001199926166) q[1];
rx(pi*-0.001316935029) q[2];
rx(pi*0.001586863275) q[3];
rx(pi*-0.000354443759) q[4];
rx(pi*0.005096565022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002394751924) q[0];
rx(pi*-0.003293966338) q[1];
rx(pi*-0.004743507385) q[2];
rx(pi*0.000506521226) q[3];
rx(pi*0.003833662451) q[4];
rx(pi*-0.003327834472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002958352068) q[0];
rx(pi*0.007647873093) q[1];
rx(pi*9.5763452e-05) q[2];
rx(pi*-0.001054734472) q[3];
rx(pi*0.007921083624) q[4];
rx(pi*-0.00093496122) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003593512526) q[0];
rx(pi*0.000266495883) q[1];
rx(pi*-0.003974425713) q[2];
rx(pi*-0.00504550165) q[3];
rx(pi*0.003072837482) q[4];
rx(pi*-0.001772834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
