// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rx(pi*0.000620052073) q[0];
rx(pi*0.013877572427) q[1];
rx(pi*0.103417421529) q[2];
rx(pi*0.032643290684) q[3];
rx(pi*8.8767159e-05) q[4];
rx(pi*8.1503626e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.007706283068) q[0];
rx(pi*-0.051378494834) q[1];
rx(pi*0.010632945608) q[2];
rx(pi*0.000184266512) q[3];
rx(pi*0.00011824035) q[4];
rx(pi*-3.4140776e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.369691805599) q[0];
rx(pi*0.289112781675) q[1];
rx(pi*4.9930079e-05) q[2];
rx(pi*0.000259011394) q[3];
rx(pi*2.4144804e-05) q[4];
rx(pi*-0.000182660054) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000429343423) q[0];
rx(pi*-7.5058636e-05) q[1];
rx(pi*0.000950806281) q[2];
rx(pi*0.449470881562) q[3];
rx(pi*0.106333874359) q[4];
rx(pi*-0.000180672474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-6.164091e-05) q[0];
rx(pi*4.4646729e-05) q[1];
rx(pi*-0.026436536517) q[2];
rx(pi*-0.000212334173) q[3];
rx(pi*-0.000122871627) q[4];
rx(pi*-0.001952548016) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
