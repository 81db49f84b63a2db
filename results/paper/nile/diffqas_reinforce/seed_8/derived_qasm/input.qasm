// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*-0.118342703472) q[0];
ry(pi*-0.016683174607) q[1];
ry(pi*2.462621e-06) q[2];
ry(pi*4.055e-09) q[3];
ry(0) q[4];
ry(pi*-2.784e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014066763923) q[0];
ry(pi*2.314645e-06) q[1];
ry(pi*-2.0e-12) q[2];
ry(pi*-2.0e-12) q[3];
ry(0) q[4];
ry(pi*-0.000305266211) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.6920921e-05) q[0];
ry(pi*-4.0e-12) q[1];
ry(0) q[2];
ry(0) q[3];
ry(pi*-1.0e-12) q[4];
ry(pi*4.3681e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.145e-09) q[0];
ry(pi*-3.828e-09) q[1];
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
ry(0) q[0];
ry(pi*8.2436e-08) q[1];
ry(pi*0.000555820095) q[2];
ry(pi*0.008174960925) q[3];
ry(pi*0.002501388104) q[4];
ry(pi*-0.000363326895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
