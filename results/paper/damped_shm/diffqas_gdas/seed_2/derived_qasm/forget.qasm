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
rx(pi*5.8214347e-05) q[0];
rx(pi*0.007577711279) q[1];
rx(pi*0.022627138431) q[2];
rx(pi*-9.388647e-06) q[3];
rx(pi*-0.32830749969) q[4];
rx(pi*-0.00670539355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.39553e-07) q[0];
rx(pi*1.5603767e-05) q[1];
rx(pi*1.633221e-06) q[2];
rx(pi*4.091e-09) q[3];
rx(pi*-0.001863017102) q[4];
rx(pi*-0.000822230564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000293401203) q[0];
rx(pi*5.325588e-06) q[1];
rx(pi*-4.2449652e-05) q[2];
rx(pi*-2.899e-09) q[3];
rx(pi*-0.333441183707) q[4];
rx(pi*-0.000966228902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.278832682928) q[0];
rx(pi*-0.001480647608) q[1];
rx(pi*7.2412e-08) q[2];
rx(pi*1.694e-09) q[3];
rx(pi*0.000792560892) q[4];
rx(pi*-0.005337252113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.303526510908) q[0];
rx(pi*-0.021570863906) q[1];
rx(pi*0.02593308517) q[2];
rx(pi*9.549493e-06) q[3];
rx(pi*-0.336343786431) q[4];
rx(pi*-0.002429961341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
