// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000909817661) q[0];
ry(pi*0.00021393674) q[1];
ry(pi*-0.004050403563) q[2];
ry(pi*0.001836598737) q[3];
ry(pi*0.001326944784) q[4];
ry(pi*-0.001802242351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001092735996) q[0];
ry(pi*-7.409772e-06) q[1];
ry(pi*-0.000210573116) q[2];
ry(pi*-0.002743137966) q[3];
ry(pi*-0.006324499039) q[4];
ry(pi*0.004099139809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000899274001) q[0];
ry(pi*1.1570815e-05) q[1];
ry(pi*0.001060039801) q[2];
ry(pi*0.000851996137) q[3];
ry(pi*-0.002092500045) q[4];
ry(pi*0.00443309515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001281508018) q[0];
ry(pi*1.0528155e-05) q[1];
ry(pi*-0.000493348321) q[2];
ry(pi*0.000617123303) q[3];
ry(pi*-0.004846774272) q[4];
ry(pi*0.007458783574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000928767656) q[0];
ry(pi*-1.0833517e-05) q[1];
ry(pi*0.003728870926) q[2];
ry(pi*-0.002837324614) q[3];
ry(pi*0.002443365291) q[4];
ry(pi*-0.003728179607) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
