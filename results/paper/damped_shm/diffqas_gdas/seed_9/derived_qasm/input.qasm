// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.000380357753) q[0];
rx(pi*-0.000283576396) q[1];
rx(pi*-0.003241898893) q[2];
rx(pi*-0.269709049044) q[3];
rx(pi*-0.005994933518) q[4];
rx(pi*0.0027937119) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003682663392) q[0];
rx(pi*-0.352914584268) q[1];
rx(pi*-0.402467227241) q[2];
rx(pi*0.002280876455) q[3];
rx(pi*-0.003187497207) q[4];
rx(pi*0.001839237282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.228317229927) q[0];
rx(pi*-0.006363655826) q[1];
rx(pi*-7.5456758e-05) q[2];
rx(pi*0.001243680954) q[3];
rx(pi*0.000273863053) q[4];
rx(pi*0.007496660294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000562133647) q[0];
rx(pi*-0.002568902627) q[1];
rx(pi*-0.00544862985) q[2];
rx(pi*0.000761577283) q[3];
rx(pi*0.003109881475) q[4];
rx(pi*0.003475802338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005665635988) q[0];
rx(pi*0.016397475857) q[1];
rx(pi*0.002998936258) q[2];
rx(pi*-0.277095670958) q[3];
rx(pi*0.005689740271) q[4];
rx(pi*-0.000943435961) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
