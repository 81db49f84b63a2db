// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.753831689959) q[0];
rz(pi*0.264612703395) q[1];
rz(pi*0.348496362567) q[2];
rz(pi*1.412399184923) q[3];
rz(pi*1.054436939077) q[4];
rz(pi*0.175389999185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.362007263482) q[0];
rz(pi*1.916698006064) q[1];
rz(pi*1.476509768984) q[2];
rz(pi*1.992963139426) q[3];
rz(pi*1.48558314406) q[4];
rz(pi*0.657860825885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.600691866796) q[0];
rz(pi*1.1357507206) q[1];
rz(pi*0.182679898032) q[2];
rz(pi*0.724865436989) q[3];
rz(pi*1.8925511624) q[4];
rz(pi*1.309854822838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.739832809972) q[0];
rz(pi*1.417008651921) q[1];
rz(pi*1.366315595029) q[2];
rz(pi*0.31664686793) q[3];
rz(pi*0.921449892624) q[4];
rz(pi*1.611724291907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.232700788418) q[0];
rz(pi*1.095276765072) q[1];
rz(pi*0.23772147075) q[2];
rz(pi*0.549791789399) q[3];
rz(pi*1.532908462345) q[4];
rz(pi*0.715396366288) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
