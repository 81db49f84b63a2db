// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.191590088504) q[0];
rx(pi*0.070798534542) q[1];
rx(pi*-0.016414656866) q[2];
rx(pi*-0.002236998566) q[3];
rx(pi*-0.002016184094) q[4];
rx(pi*-0.000755489699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.030374951658) q[0];
rx(pi*0.05985424733) q[1];
rx(pi*-0.013159514402) q[2];
rx(pi*-0.00377657375) q[3];
rx(pi*-0.00365566784) q[4];
rx(pi*0.005659673209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.196752478288) q[0];
rx(pi*0.070802684831) q[1];
rx(pi*-0.020235531092) q[2];
rx(pi*-0.000122816238) q[3];
rx(pi*0.005869862794) q[4];
rx(pi*0.002503180732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02789243877) q[0];
rx(pi*0.061188467866) q[1];
rx(pi*-0.01222848847) q[2];
rx(pi*-0.000721287023) q[3];
rx(pi*5.0365063e-05) q[4];
rx(pi*-0.003899040168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.196626632053) q[0];
rx(pi*0.070218091785) q[1];
rx(pi*-0.018771751591) q[2];
rx(pi*-0.000129571573) q[3];
rx(pi*0.002011469959) q[4];
rx(pi*-9.8180254e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
