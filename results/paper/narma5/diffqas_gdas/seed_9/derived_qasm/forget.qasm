// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000984058689) q[0];
rz(pi*-0.001184871365) q[1];
rz(pi*-0.002676264366) q[2];
rz(pi*0.002997973094) q[3];
rz(pi*-0.00387460653) q[4];
rz(pi*-0.001604486438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003467743367) q[0];
rz(pi*0.001164584606) q[1];
rz(pi*0.00278162537) q[2];
rz(pi*-0.003170587746) q[3];
rz(pi*0.000556124178) q[4];
rz(pi*-0.00280174419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005636767766) q[0];
rz(pi*0.001857398056) q[1];
rz(pi*-0.003284573939) q[2];
rz(pi*0.00035176912) q[3];
rz(pi*-0.003040445962) q[4];
rz(pi*0.00174745543) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001816600719) q[0];
rz(pi*-0.003247714337) q[1];
rz(pi*-0.003260619956) q[2];
rz(pi*-0.008485872085) q[3];
rz(pi*-0.001524258544) q[4];
rz(pi*-0.000782533943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002381059529) q[0];
rz(pi*0.00219139149) q[1];
rz(pi*-0.00030132579) q[2];
rz(pi*-2.6619017e-05) q[3];
rz(pi*-0.00203319835) q[4];
rz(pi*-0.004846953327) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
