// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.001565554952) q[0];
rz(pi*-0.002545855185) q[1];
rz(pi*0.001812601175) q[2];
rz(pi*-0.002021322892) q[3];
rz(pi*0.002673148685) q[4];
rz(pi*-0.003774770746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*5.0904614e-05) q[0];
rz(pi*-0.002745450862) q[1];
rz(pi*-0.000808927555) q[2];
rz(pi*-0.001244952721) q[3];
rz(pi*-0.003653174406) q[4];
rz(pi*0.00202663289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004022899008) q[0];
rz(pi*-0.003179242283) q[1];
rz(pi*0.00277874507) q[2];
rz(pi*0.003039411058) q[3];
rz(pi*0.002067561405) q[4];
rz(pi*0.001025333309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007194870282) q[0];
rz(pi*-0.003906618891) q[1];
rz(pi*-0.002421902667) q[2];
rz(pi*-0.003218894733) q[3];
rz(pi*0.002806121263) q[4];
rz(pi*0.000862931554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00348247867) q[0];
rz(pi*0.003042665477) q[1];
rz(pi*-0.000768421332) q[2];
rz(pi*-0.00265898375) q[3];
rz(pi*-0.003209870523) q[4];
rz(pi*0.006989489696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
