// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.003147326268) q[0];
rz(pi*-0.000404464852) q[1];
rz(pi*0.005102401513) q[2];
rz(pi*0.002739453399) q[3];
rz(pi*-0.005850869295) q[4];
rz(pi*0.004612464692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004118581836) q[0];
rz(pi*0.000535483125) q[1];
rz(pi*0.002370315469) q[2];
rz(pi*0.002539200197) q[3];
rz(pi*0.005250669979) q[4];
rz(pi*0.002588251865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008273507749) q[0];
rz(pi*-0.00228951113) q[1];
rz(pi*-0.005820798676) q[2];
rz(pi*0.002765620672) q[3];
rz(pi*0.000296994112) q[4];
rz(pi*-0.004358744509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000143266655) q[0];
rz(pi*0.006849486233) q[1];
rz(pi*-0.00803522486) q[2];
rz(pi*-0.002982040433) q[3];
rz(pi*-0.000193323276) q[4];
rz(pi*0.004323529903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004444005962) q[0];
rz(pi*-6.211488e-06) q[1];
rz(pi*-0.000715731195) q[2];
rz(pi*0.00266898476) q[3];
rz(pi*-0.002951224837) q[4];
rz(pi*0.000102151238) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
