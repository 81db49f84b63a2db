// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.025532712762) q[0];
ry(pi*-0.408892537975) q[1];
ry(pi*0.063929920815) q[2];
ry(pi*0.420662775299) q[3];
ry(pi*0.029152302737) q[4];
ry(pi*0.007891495624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.115268368922) q[0];
ry(pi*-0.003433541728) q[1];
ry(pi*0.277821701094) q[2];
ry(pi*-0.006423725917) q[3];
ry(pi*0.002856257341) q[4];
ry(pi*0.101132495579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.210655195534) q[0];
ry(pi*-0.122418723209) q[1];
ry(pi*0.490969593139) q[2];
ry(pi*-0.463101662416) q[3];
ry(pi*0.407901970818) q[4];
ry(pi*0.430909007692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020670832329) q[0];
ry(pi*0.056772627245) q[1];
ry(pi*-0.023586886731) q[2];
ry(pi*0.00857542879) q[3];
ry(pi*0.043940210128) q[4];
ry(pi*0.180326385598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105406106997) q[0];
ry(pi*0.321334104221) q[1];
ry(pi*0.400257850772) q[2];
ry(pi*-0.303513343821) q[3];
ry(pi*-0.43371200349) q[4];
ry(pi*-0.004846355093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
