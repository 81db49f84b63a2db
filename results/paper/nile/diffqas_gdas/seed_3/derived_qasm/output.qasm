// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.013007818984) q[0];
ry(pi*0.001560781379) q[1];
ry(pi*0.000792541178) q[2];
ry(pi*1.503435e-06) q[3];
ry(pi*8.304508e-06) q[4];
ry(pi*-0.390786313614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.662878e-06) q[0];
ry(pi*-8.69303e-07) q[1];
ry(pi*3.225342e-06) q[2];
ry(pi*0.00104274377) q[3];
ry(pi*1.686236e-06) q[4];
ry(pi*-0.110024216082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.615136e-06) q[0];
ry(pi*0.10990892818) q[1];
ry(pi*4.92482e-07) q[2];
ry(pi*1.90982e-07) q[3];
ry(pi*-0.000345210552) q[4];
ry(pi*0.001894569078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.073812e-06) q[0];
ry(pi*0.229068702518) q[1];
ry(pi*0.157540210481) q[2];
ry(pi*-0.000279309603) q[3];
ry(pi*-0.006492461217) q[4];
ry(pi*-0.001083230946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-3.623416e-06) q[0];
ry(pi*0.00140768761) q[1];
ry(pi*-0.002006170634) q[2];
ry(pi*0.003795335722) q[3];
ry(pi*0.003396308897) q[4];
ry(pi*-0.00414547956) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
