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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.069299573638) q[0];
ry(pi*0.005080945707) q[1];
ry(pi*0.002179873846) q[2];
ry(pi*-5.7275979e-05) q[3];
ry(pi*-0.003398452224) q[4];
ry(pi*0.002209849305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004271157115) q[0];
ry(pi*-1.5004715e-05) q[1];
ry(pi*0.002067765807) q[2];
ry(pi*0.001511516713) q[3];
ry(pi*-1.6127835e-05) q[4];
ry(pi*-0.000748100555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002452489701) q[0];
ry(pi*0.001389211118) q[1];
ry(pi*5.8023957e-05) q[2];
ry(pi*0.002055562328) q[3];
ry(pi*4.5190612e-05) q[4];
ry(pi*-0.00237772581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.9159802e-05) q[0];
ry(pi*-0.002675315136) q[1];
ry(pi*0.001428314248) q[2];
ry(pi*-0.001588464842) q[3];
ry(pi*0.002187173018) q[4];
ry(pi*0.001484491072) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003692871027) q[0];
ry(pi*-4.798073e-06) q[1];
ry(pi*-5.238177e-06) q[2];
ry(pi*-0.002839502033) q[3];
ry(pi*0.002469675749) q[4];
ry(pi*-0.006741999096) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
