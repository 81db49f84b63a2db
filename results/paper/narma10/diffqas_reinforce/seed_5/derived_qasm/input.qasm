// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.001935681984) q[0];
rz(pi*-0.000311032556) q[1];
rz(pi*0.004201395508) q[2];
rz(pi*-0.000229787507) q[3];
rz(pi*-0.00432477499) q[4];
rz(pi*-0.000940278185) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000619492043) q[0];
rz(pi*-0.00306074858) q[1];
rz(pi*-0.002865027197) q[2];
rz(pi*0.000405024215) q[3];
rz(pi*-0.000938405219) q[4];
rz(pi*0.003878094848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000605515613) q[0];
rz(pi*-0.000998233926) q[1];
rz(pi*-0.000620689068) q[2];
rz(pi*0.001642607727) q[3];
rz(pi*0.000602897374) q[4];
rz(pi*0.001591253094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002950765637) q[0];
rz(pi*0.002503252769) q[1];
rz(pi*0.000455181304) q[2];
rz(pi*-0.00678447137) q[3];
rz(pi*-0.001243819692) q[4];
rz(pi*-0.000260160134) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000129655663) q[0];
rz(pi*0.000512731651) q[1];
rz(pi*-0.003447226712) q[2];
rz(pi*0.000606398402) q[3];
rz(pi*0.003430975368) q[4];
rz(pi*-0.002973264648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
