// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00128411766) q[0];
rz(pi*-0.002488868166) q[1];
rz(pi*0.003358971122) q[2];
rz(pi*-0.003398658849) q[3];
rz(pi*-0.001887434287) q[4];
rz(pi*0.004518475182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005462220859) q[0];
rz(pi*0.002717679206) q[1];
rz(pi*-0.00279563378) q[2];
rz(pi*-0.002772457679) q[3];
rz(pi*-0.002919599638) q[4];
rz(pi*-0.003668502904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001381723257) q[0];
rz(pi*0.003986723907) q[1];
rz(pi*0.000649408176) q[2];
rz(pi*-0.00246556889) q[3];
rz(pi*-0.002537114974) q[4];
rz(pi*-0.003804460724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003777117438) q[0];
rz(pi*-0.006495177878) q[1];
rz(pi*0.000801224545) q[2];
rz(pi*-0.004654675498) q[3];
rz(pi*-0.003446555847) q[4];
rz(pi*-0.004815751755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00298576591) q[0];
rz(pi*-0.000343193549) q[1];
rz(pi*0.00864606018) q[2];
rz(pi*-0.003389918045) q[3];
rz(pi*-0.003575724389) q[4];
rz(pi*0.001785756961) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
