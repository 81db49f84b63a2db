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
rz(pi*0.039359844953) q[0];
rz(pi*-0.015341613989) q[1];
rz(pi*-0.008873691649) q[2];
rz(pi*0.025504986463) q[3];
rz(pi*-0.024200059849) q[4];
rz(pi*-0.009229115839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.074348330892) q[0];
rz(pi*0.032466369812) q[1];
rz(pi*0.00196552167) q[2];
rz(pi*0.012656472155) q[3];
rz(pi*-0.022314448577) q[4];
rz(pi*0.011891481482) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.02848698065) q[0];
rz(pi*0.012481197169) q[1];
rz(pi*-0.051634389769) q[2];
rz(pi*-0.010677395199) q[3];
rz(pi*-0.017958804926) q[4];
rz(pi*-0.034197037769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.021018315832) q[0];
rz(pi*-0.01692481745) q[1];
rz(pi*0.016276486645) q[2];
rz(pi*0.005660844183) q[3];
rz(pi*-0.017804109442) q[4];
rz(pi*-0.018655267221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.011765242748) q[0];
rz(pi*-0.007812320569) q[1];
rz(pi*-0.018131787768) q[2];
rz(pi*-0.01783745879) q[3];
rz(pi*-0.013014157067) q[4];
rz(pi*0.002078854341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
