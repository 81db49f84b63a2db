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
rz(pi*-0.001368157297) q[0];
rz(pi*-0.005701664643) q[1];
rz(pi*-0.001691039223) q[2];
rz(pi*0.002428689723) q[3];
rz(pi*-0.000269075473) q[4];
rz(pi*0.000731441223) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003439025742) q[0];
rz(pi*0.00045589293) q[1];
rz(pi*0.002317826918) q[2];
rz(pi*0.000116017722) q[3];
rz(pi*0.006073398874) q[4];
rz(pi*-0.000661427189) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003314721042) q[0];
rz(pi*-0.005149168743) q[1];
rz(pi*0.003666948621) q[2];
rz(pi*-0.000187860699) q[3];
rz(pi*0.003220091795) q[4];
rz(pi*0.001456805386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005172803451) q[0];
rz(pi*0.004030144523) q[1];
rz(pi*-0.001201793055) q[2];
rz(pi*0.000871802722) q[3];
rz(pi*0.003454846049) q[4];
rz(pi*-0.003934549148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004618345354) q[0];
rz(pi*0.003857894504) q[1];
rz(pi*0.003128750466) q[2];
rz(pi*-0.000639586962) q[3];
rz(pi*0.000961744885) q[4];
rz(pi*-0.003556282955) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
