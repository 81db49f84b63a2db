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
ry(pi*-0.101484392617) q[0];
ry(pi*-0.022286006056) q[1];
ry(pi*0.005042249602) q[2];
ry(pi*-0.006733709783) q[3];
ry(pi*-0.000517637811) q[4];
ry(pi*-0.00322592384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116586434163) q[0];
ry(pi*0.040201857868) q[1];
ry(pi*-0.006443079305) q[2];
ry(pi*-0.002436258515) q[3];
ry(pi*-0.004312997953) q[4];
ry(pi*0.006090196277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108274369048) q[0];
ry(pi*0.001312749611) q[1];
ry(pi*-0.002093439789) q[2];
ry(pi*0.00437755747) q[3];
ry(pi*-0.003325096763) q[4];
ry(pi*-0.007778938613) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113754713624) q[0];
ry(pi*0.013631376124) q[1];
ry(pi*-0.001748306239) q[2];
ry(pi*0.004914029698) q[3];
ry(pi*-0.00565624092) q[4];
ry(pi*0.001480249921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114665424486) q[0];
ry(pi*0.029221512949) q[1];
ry(pi*0.00342438886) q[2];
ry(pi*-0.001760136192) q[3];
ry(pi*0.006012962372) q[4];
ry(pi*-0.00289271733) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
