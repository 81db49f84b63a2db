// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.105746705764) q[0];
ry(pi*0.535494495919) q[1];
ry(pi*-0.007803528479) q[2];
ry(pi*-0.006771556265) q[3];
ry(pi*-0.006528638097) q[4];
ry(pi*0.035276800556) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001960422596) q[0];
ry(pi*-0.063788275024) q[1];
ry(pi*-0.00226135913) q[2];
ry(pi*0.762111217443) q[3];
ry(pi*0.007759929698) q[4];
ry(pi*0.014320950125) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007401101678) q[0];
ry(pi*-0.002060809627) q[1];
ry(pi*-0.068993737688) q[2];
ry(pi*0.062269240952) q[3];
ry(pi*0.011091510991) q[4];
ry(pi*-0.014521158859) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.322008888965) q[0];
ry(pi*0.188444558718) q[1];
ry(pi*0.080570628483) q[2];
ry(pi*-0.10769474212) q[3];
ry(pi*0.496054782813) q[4];
ry(pi*0.503357317509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.274321684491) q[0];
ry(pi*0.047676461156) q[1];
ry(pi*-0.057091397865) q[2];
ry(pi*-0.017761772942) q[3];
ry(pi*0.418549818334) q[4];
ry(pi*0.000158404619) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
