// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*0.004495786444) q[0];
ry(pi*-0.000691934181) q[1];
ry(pi*-0.000790123857) q[2];
ry(pi*0.001661903308) q[3];
ry(pi*-0.002838133921) q[4];
ry(pi*8.753477e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007231938881) q[0];
ry(pi*-0.000288103916) q[1];
ry(pi*-0.004041838257) q[2];
ry(pi*-0.000146702668) q[3];
ry(pi*-0.000681917015) q[4];
ry(pi*-4.9954281e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000114921027) q[0];
ry(pi*3.0303374e-05) q[1];
ry(pi*0.000180249293) q[2];
ry(pi*0.00047411681) q[3];
ry(pi*0.003524958949) q[4];
ry(pi*-9.2579783e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003070384365) q[0];
ry(pi*0.005944939142) q[1];
ry(pi*-5.3565245e-05) q[2];
ry(pi*0.00029795974) q[3];
ry(pi*-0.000355088313) q[4];
ry(pi*-0.00012164933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000841063017) q[0];
ry(pi*2.7757123e-05) q[1];
ry(pi*0.00079695753) q[2];
ry(pi*-0.000424948194) q[3];
ry(pi*0.000527974068) q[4];
ry(pi*-0.007548629021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
