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
rz(pi*-0.077724289442) q[0];
rz(pi*-0.061256959485) q[1];
rz(pi*-0.163510137325) q[2];
rz(pi*-0.057870518493) q[3];
rz(pi*0.033303765234) q[4];
rz(pi*-0.059305674046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.050142325458) q[0];
rz(pi*0.015066239971) q[1];
rz(pi*-0.008333796619) q[2];
rz(pi*-0.036875012647) q[3];
rz(pi*-0.025060196481) q[4];
rz(pi*0.001083487227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.148030329399) q[0];
rz(pi*-0.059035274446) q[1];
rz(pi*-0.01730422853) q[2];
rz(pi*-0.053480281594) q[3];
rz(pi*-0.012570236274) q[4];
rz(pi*0.124712006655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.11595080917) q[0];
rz(pi*-0.024050580685) q[1];
rz(pi*-0.024920891453) q[2];
rz(pi*-0.057464824229) q[3];
rz(pi*-0.018821795771) q[4];
rz(pi*0.050261526489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.023572161508) q[0];
rz(pi*-0.068861350598) q[1];
rz(pi*-0.006225865653) q[2];
rz(pi*-0.027956815675) q[3];
rz(pi*0.000599565174) q[4];
rz(pi*-0.002106264328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
