// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.025092872296) q[0];
rx(pi*-0.00045564962) q[1];
rx(pi*0.001963062327) q[2];
rx(pi*0.005181019836) q[3];
rx(pi*-0.003668180367) q[4];
rx(pi*0.002310535899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022255210915) q[0];
rx(pi*-0.002614514001) q[1];
rx(pi*0.005633787266) q[2];
rx(pi*0.001770598773) q[3];
rx(pi*0.002078692183) q[4];
rx(pi*-0.002815801811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026270816681) q[0];
rx(pi*-0.002999171342) q[1];
rx(pi*-0.000809273808) q[2];
rx(pi*0.003178036328) q[3];
rx(pi*-0.003185452301) q[4];
rx(pi*-0.000611523823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022783751349) q[0];
rx(pi*0.003736637005) q[1];
rx(pi*0.000198236458) q[2];
rx(pi*-0.003779657711) q[3];
rx(pi*-0.001441696853) q[4];
rx(pi*-0.004342773309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024441540239) q[0];
rx(pi*0.001091435177) q[1];
rx(pi*0.004304500237) q[2];
rx(pi*0.002190709509) q[3];
rx(pi*0.001188388512) q[4];
rx(pi*0.00453169059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
