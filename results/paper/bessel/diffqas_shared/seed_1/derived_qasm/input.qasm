// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.047861549796) q[0];
rz(pi*0.00262475217) q[1];
rz(pi*0.008665625233) q[2];
rz(pi*0.01285193296) q[3];
rz(pi*-0.030209651594) q[4];
rz(pi*-0.000204772162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.033757187816) q[0];
rz(pi*-0.008520677591) q[1];
rz(pi*-0.000469399896) q[2];
rz(pi*-0.001955192639) q[3];
rz(pi*-0.008929846239) q[4];
rz(pi*-0.000266434537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0349211398) q[0];
rz(pi*0.013749966469) q[1];
rz(pi*0.001224439549) q[2];
rz(pi*0.001120180521) q[3];
rz(pi*0.015759719987) q[4];
rz(pi*0.000130683323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.052750959687) q[0];
rz(pi*-0.012823228378) q[1];
rz(pi*-0.011547124926) q[2];
rz(pi*-0.002436940496) q[3];
rz(pi*0.000138892204) q[4];
rz(pi*-0.00031904554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.069903846165) q[0];
rz(pi*0.042303440671) q[1];
rz(pi*0.048694135627) q[2];
rz(pi*0.013192528169) q[3];
rz(pi*0.048660278758) q[4];
rz(pi*-0.000999250969) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
