// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rz(pi*0.319521827361) q[0];
rz(pi*1.446442213784) q[1];
rz(pi*0.321056153467) q[2];
rz(pi*0.670032754223) q[3];
rz(pi*0.828759368563) q[4];
rz(pi*0.922775328778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.800736316655) q[0];
rz(pi*1.167945576163) q[1];
rz(pi*0.790495510468) q[2];
rz(pi*0.893787778267) q[3];
rz(pi*0.814620649308) q[4];
rz(pi*0.548197623247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.517859430656) q[0];
rz(pi*0.593036297328) q[1];
rz(pi*0.46248846321) q[2];
rz(pi*0.208252771358) q[3];
rz(pi*1.599546823527) q[4];
rz(pi*0.924405998497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.372801780456) q[0];
rz(pi*0.796080024915) q[1];
rz(pi*0.003347849831) q[2];
rz(pi*1.94760324602) q[3];
rz(pi*1.731385866962) q[4];
rz(pi*0.749004084426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.211955910198) q[0];
rz(pi*1.666098972544) q[1];
rz(pi*0.039680503362) q[2];
rz(pi*1.680685828099) q[3];
rz(pi*0.819488373348) q[4];
rz(pi*1.696261391483) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
