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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001368157594) q[0];
rz(pi*-0.005701664643) q[1];
rz(pi*-0.00169103952) q[2];
rz(pi*0.002428689723) q[3];
rz(pi*-0.000269075584) q[4];
rz(pi*0.000731441445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003439025742) q[0];
rz(pi*0.000455892782) q[1];
rz(pi*0.002317827363) q[2];
rz(pi*0.000116017518) q[3];
rz(pi*0.006073398874) q[4];
rz(pi*-0.000661427634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003314720746) q[0];
rz(pi*-0.005149169336) q[1];
rz(pi*0.003666948621) q[2];
rz(pi*-0.000187860829) q[3];
rz(pi*0.003220092091) q[4];
rz(pi*0.001456805238) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005172804044) q[0];
rz(pi*0.004030144819) q[1];
rz(pi*-0.001201793499) q[2];
rz(pi*0.000871802648) q[3];
rz(pi*0.003454846345) q[4];
rz(pi*-0.003934549444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004618345354) q[0];
rz(pi*0.003857894504) q[1];
rz(pi*0.003128750169) q[2];
rz(pi*-0.000639586814) q[3];
rz(pi*0.000961744737) q[4];
rz(pi*-0.003556282955) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
