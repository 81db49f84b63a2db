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
rz(pi*0.039359588821) q[0];
rz(pi*-0.015341821503) q[1];
rz(pi*-0.008873882562) q[2];
rz(pi*0.025504706615) q[3];
rz(pi*-0.024200394244) q[4];
rz(pi*-0.009229354777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.074348065274) q[0];
rz(pi*0.032466089964) q[1];
rz(pi*0.001965336093) q[2];
rz(pi*0.01265633816) q[3];
rz(pi*-0.02231445332) q[4];
rz(pi*0.0118915301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.02848715852) q[0];
rz(pi*0.012481663187) q[1];
rz(pi*-0.051634223757) q[2];
rz(pi*-0.010677505478) q[3];
rz(pi*-0.017958615199) q[4];
rz(pi*-0.034196862271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.021018555362) q[0];
rz(pi*-0.016924615865) q[1];
rz(pi*0.016276781909) q[2];
rz(pi*0.005661034503) q[3];
rz(pi*-0.017803975447) q[4];
rz(pi*-0.0186551771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.011765272393) q[0];
rz(pi*-0.00781220614) q[1];
rz(pi*-0.01813180674) q[2];
rz(pi*-0.017837459975) q[3];
rz(pi*-0.013014129794) q[4];
rz(pi*0.002078850931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
