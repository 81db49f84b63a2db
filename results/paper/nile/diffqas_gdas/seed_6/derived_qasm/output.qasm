// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.002562910203) q[0];
rz(pi*-0.000563135535) q[1];
rz(pi*-0.00291199631) q[2];
rz(pi*0.002534021823) q[3];
rz(pi*0.001072160051) q[4];
rz(pi*0.001480800279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000459509907) q[0];
rz(pi*0.002274149133) q[1];
rz(pi*-0.000177599111) q[2];
rz(pi*0.003047829622) q[3];
rz(pi*-0.000808553288) q[4];
rz(pi*-0.001932798868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005386912094) q[0];
rz(pi*0.005787272052) q[1];
rz(pi*0.002979440277) q[2];
rz(pi*-0.002985454342) q[3];
rz(pi*-0.001061965238) q[4];
rz(pi*-0.007982599201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004939074022) q[0];
rz(pi*0.00711081686) q[1];
rz(pi*-0.006080456736) q[2];
rz(pi*0.001253347865) q[3];
rz(pi*0.002518489368) q[4];
rz(pi*-0.002290180216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002520742678) q[0];
rz(pi*-0.002001287671) q[1];
rz(pi*0.003204546889) q[2];
rz(pi*0.000879041122) q[3];
rz(pi*0.00023262951) q[4];
rz(pi*6.7274992e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
