// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.128668298868) q[0];
ry(pi*-0.397152732939) q[1];
ry(pi*-0.024920666151) q[2];
ry(pi*-0.000572164154) q[3];
ry(pi*-0.201384333128) q[4];
ry(pi*1.1712806e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.211670218563) q[0];
ry(pi*0.178786709178) q[1];
ry(pi*0.198806657681) q[2];
ry(pi*0.020967796148) q[3];
ry(pi*0.021488659733) q[4];
ry(pi*-2.6315113e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.150553761761) q[0];
ry(pi*-0.297327146626) q[1];
ry(pi*0.14276822834) q[2];
ry(pi*0.02809119016) q[3];
ry(pi*-0.104317754298) q[4];
ry(pi*-0.00050333084) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.255386483864) q[0];
ry(pi*0.094169003884) q[1];
ry(pi*-0.255876929392) q[2];
ry(pi*0.012151795881) q[3];
ry(pi*-0.064199466641) q[4];
ry(pi*-0.035699001111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.195444971381) q[0];
ry(pi*-0.40574473146) q[1];
ry(pi*0.000163914794) q[2];
ry(pi*0.020948681104) q[3];
ry(pi*-0.023072758471) q[4];
ry(pi*-0.003635882525) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
