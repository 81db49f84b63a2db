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
rx(pi*0.0001116044) q[0];
rx(pi*0.001554179011) q[1];
rx(pi*0.000315067266) q[2];
rx(pi*5.0328919e-05) q[3];
rx(pi*1.1830871e-05) q[4];
rx(pi*0.002820325329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00039337995) q[0];
rx(pi*-0.000968448046) q[1];
rx(pi*0.036717920668) q[2];
rx(pi*0.000397179725) q[3];
rx(pi*-0.003494454031) q[4];
rx(pi*-0.000716419995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001160845937) q[0];
rx(pi*0.001746893659) q[1];
rx(pi*-4.363317e-06) q[2];
rx(pi*-7.94784e-06) q[3];
rx(pi*5.93261e-07) q[4];
rx(pi*-0.003941655035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000114486757) q[0];
rx(pi*-0.00283524947) q[1];
rx(pi*-0.004004153044) q[2];
rx(pi*-0.004603782585) q[3];
rx(pi*-1.0500547e-05) q[4];
rx(pi*0.203533964415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.333180346372) q[0];
rx(pi*-0.001938624539) q[1];
rx(pi*0.001158423132) q[2];
rx(pi*0.001253635569) q[3];
rx(pi*2.8527851e-05) q[4];
rx(pi*-0.003407689581) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
