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
rx(pi*0.081700370231) q[0];
rx(pi*7.585852e-05) q[1];
rx(pi*-0.000301889396) q[2];
rx(pi*-0.000823953823) q[3];
rx(pi*0.003360549714) q[4];
rx(pi*-0.00716467219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079571210539) q[0];
rx(pi*-0.000635508118) q[1];
rx(pi*-0.00453702549) q[2];
rx(pi*0.001059377978) q[3];
rx(pi*-0.002073089293) q[4];
rx(pi*0.002745231786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078505577706) q[0];
rx(pi*0.001389438643) q[1];
rx(pi*0.003879701602) q[2];
rx(pi*0.001218904546) q[3];
rx(pi*-0.002787517298) q[4];
rx(pi*-0.004820218947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085599696769) q[0];
rx(pi*-0.001094810177) q[1];
rx(pi*-0.002191772131) q[2];
rx(pi*0.000459183961) q[3];
rx(pi*-0.000609282519) q[4];
rx(pi*0.002712461108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079019217418) q[0];
rx(pi*-0.000696789426) q[1];
rx(pi*-0.002274577206) q[2];
rx(pi*0.001494682402) q[3];
rx(pi*-0.003290898682) q[4];
rx(pi*0.00211959135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
