// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.008007156458) q[0];
ry(pi*8.8805642e-05) q[1];
ry(pi*0.004037648244) q[2];
ry(pi*6.8128909e-05) q[3];
ry(pi*-2.0248e-08) q[4];
ry(pi*-2.4726094e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000221966789) q[0];
ry(pi*0.013651181301) q[1];
ry(pi*-1.53e-10) q[2];
ry(pi*1.0500142e-05) q[3];
ry(pi*-0.000429142134) q[4];
ry(pi*0.000333871297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000176429508) q[0];
ry(pi*-2.1333e-08) q[1];
ry(pi*2.48922e-07) q[2];
ry(pi*2.3775e-08) q[3];
ry(pi*1.342867e-06) q[4];
ry(pi*-3.741777e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.7277781e-05) q[0];
ry(pi*1.5648581e-05) q[1];
ry(pi*6.6164e-08) q[2];
ry(pi*0.000961809808) q[3];
ry(pi*-3.25618e-06) q[4];
ry(pi*9.2664e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.53416e-07) q[0];
ry(pi*1.7509923e-05) q[1];
ry(pi*0.016700682895) q[2];
ry(pi*0.176269272204) q[3];
ry(pi*-0.343839577536) q[4];
ry(pi*-0.001007903579) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
