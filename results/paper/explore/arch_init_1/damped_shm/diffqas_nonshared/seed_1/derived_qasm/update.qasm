// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.002970459646) q[0];
rz(pi*0.001306990196) q[1];
rz(pi*-0.000736753666) q[2];
rz(pi*0.000612390084) q[3];
rz(pi*0.003963649785) q[4];
rz(pi*-0.000901841918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002306181505) q[0];
rz(pi*-0.00673136072) q[1];
rz(pi*0.003375295096) q[2];
rz(pi*0.000435689845) q[3];
rz(pi*-0.00075249408) q[4];
rz(pi*-0.00158134517) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004521789188) q[0];
rz(pi*-0.00159822217) q[1];
rz(pi*0.004051808733) q[2];
rz(pi*-0.001596833898) q[3];
rz(pi*0.000164569688) q[4];
rz(pi*0.001150465547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006466039887) q[0];
rz(pi*0.000817446319) q[1];
rz(pi*0.000779839146) q[2];
rz(pi*-0.000185444361) q[3];
rz(pi*-0.000929801745) q[4];
rz(pi*-0.001898238229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005789986933) q[0];
rz(pi*0.004714471374) q[1];
rz(pi*-0.00215106284) q[2];
rz(pi*0.000551070572) q[3];
rz(pi*-0.003705191455) q[4];
rz(pi*0.003038019525) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
