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
rz(pi*-0.001284236981) q[0];
rz(pi*-0.002488986745) q[1];
rz(pi*0.003358846021) q[2];
rz(pi*-0.003398787805) q[3];
rz(pi*-0.001887555979) q[4];
rz(pi*0.004518355713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005462112359) q[0];
rz(pi*0.002717557366) q[1];
rz(pi*-0.002795748209) q[2];
rz(pi*-0.002772580409) q[3];
rz(pi*-0.002919718218) q[4];
rz(pi*-0.003668626227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001381833684) q[0];
rz(pi*0.003986616) q[1];
rz(pi*0.000649299972) q[2];
rz(pi*-0.00246567828) q[3];
rz(pi*-0.002537225549) q[4];
rz(pi*-0.003804563592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003777015756) q[0];
rz(pi*-0.006495266812) q[1];
rz(pi*0.000801134869) q[2];
rz(pi*-0.004654768583) q[3];
rz(pi*-0.00344662077) q[4];
rz(pi*-0.004815841579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002985701284) q[0];
rz(pi*-0.000343240648) q[1];
rz(pi*0.008646034092) q[2];
rz(pi*-0.003389930793) q[3];
rz(pi*-0.003575732689) q[4];
rz(pi*0.00178576615) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
