// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.239045996212) q[0];
rx(pi*0.233702872033) q[1];
rx(pi*-0.025307228771) q[2];
rx(pi*0.000359049875) q[3];
rx(pi*-0.250968300108) q[4];
rx(pi*-0.000131119974) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.0018106664) q[0];
rx(pi*-0.000415316856) q[1];
rx(pi*-0.235063161125) q[2];
rx(pi*-0.007754003086) q[3];
rx(pi*0.00025068384) q[4];
rx(pi*-0.00120462407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000485854938) q[0];
rx(pi*0.011288992393) q[1];
rx(pi*-0.000509107967) q[2];
rx(pi*-0.25002668264) q[3];
rx(pi*0.000295944348) q[4];
rx(pi*0.249736020145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.238744424387) q[0];
rx(pi*0.250559703014) q[1];
rx(pi*-0.001081278606) q[2];
rx(pi*-0.002469714732) q[3];
rx(pi*0.001310492892) q[4];
rx(pi*-1.6695114e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.0557884e-05) q[0];
rx(pi*3.122152e-06) q[1];
rx(pi*-0.000734136242) q[2];
rx(pi*-0.695358792102) q[3];
rx(pi*-2.250126e-06) q[4];
rx(pi*0.000296628497) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
