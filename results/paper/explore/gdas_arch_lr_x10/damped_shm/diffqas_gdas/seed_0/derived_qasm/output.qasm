// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.32855752256) q[0];
ry(pi*-0.002522184903) q[1];
ry(pi*0.001045852113) q[2];
ry(pi*-0.112113030225) q[3];
ry(pi*-0.000408197555) q[4];
ry(pi*0.001865418637) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002615789326) q[0];
ry(pi*-0.01796612485) q[1];
ry(pi*-0.001080845494) q[2];
ry(pi*-0.001810938392) q[3];
ry(pi*0.090928221418) q[4];
ry(pi*0.053236410639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000781840697) q[0];
ry(pi*-0.001870174423) q[1];
ry(pi*-0.129302168882) q[2];
ry(pi*-0.00208697942) q[3];
ry(pi*0.140235062959) q[4];
ry(pi*-0.00117363646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.175459686087) q[0];
ry(pi*0.002477196517) q[1];
ry(pi*-0.001583117047) q[2];
ry(pi*-0.001968579247) q[3];
ry(pi*0.001598408637) q[4];
ry(pi*-0.00195881925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000515733421) q[0];
ry(pi*0.03839387122) q[1];
ry(pi*-0.040059633408) q[2];
ry(pi*-0.002628062915) q[3];
ry(pi*0.005128500306) q[4];
ry(pi*-0.002400852255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
