// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.102090828038) q[0];
ry(pi*-0.012629468007) q[1];
ry(pi*0.055600960468) q[2];
ry(pi*0.008180646228) q[3];
ry(pi*0.000495194199) q[4];
ry(pi*-2.3444561e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082867393428) q[0];
ry(pi*0.158509044356) q[1];
ry(pi*0.03371769367) q[2];
ry(pi*-0.009404331536) q[3];
ry(pi*0.011164309424) q[4];
ry(pi*-0.000159525438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098493832234) q[0];
ry(pi*0.010068869218) q[1];
ry(pi*0.357965698886) q[2];
ry(pi*-0.043870347728) q[3];
ry(pi*0.020034251584) q[4];
ry(pi*-0.016976966419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074943833268) q[0];
ry(pi*0.073348822828) q[1];
ry(pi*-0.171007635977) q[2];
ry(pi*0.115195864566) q[3];
ry(pi*-0.011545449395) q[4];
ry(pi*-0.001431201811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008263970385) q[0];
ry(pi*-0.008030449064) q[1];
ry(pi*0.025790675726) q[2];
ry(pi*0.120508319298) q[3];
ry(pi*0.06596578202) q[4];
ry(pi*0.001339991068) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
