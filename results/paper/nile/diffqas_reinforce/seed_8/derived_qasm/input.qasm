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
ry(pi*-0.116243274076) q[0];
ry(pi*0.012472175628) q[1];
ry(pi*2.155155e-06) q[2];
ry(pi*3.85e-10) q[3];
ry(0) q[4];
ry(pi*-3.0e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012244184862) q[0];
ry(pi*1.892094e-06) q[1];
ry(pi*-7.3e-11) q[2];
ry(0) q[3];
ry(0) q[4];
ry(pi*3.8026e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.0907628e-05) q[0];
ry(pi*1.0e-12) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(pi*5.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.63e-10) q[0];
ry(pi*-1.83e-10) q[1];
ry(0) q[2];
ry(pi*4.0e-12) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(0) q[0];
ry(pi*-1.8e-11) q[1];
ry(pi*0.000312473669) q[2];
ry(pi*-0.00102282357) q[3];
ry(pi*-0.000886973805) q[4];
ry(pi*-0.002641353621) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
