// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022313850935) q[0];
ry(pi*0.173077391996) q[1];
ry(pi*-0.002128412195) q[2];
ry(pi*0.021141467937) q[3];
ry(pi*-0.020845799008) q[4];
ry(pi*-0.003041296474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017288755068) q[0];
ry(pi*-0.034375032973) q[1];
ry(pi*0.061098076953) q[2];
ry(pi*-0.161668035306) q[3];
ry(pi*-0.002203011409) q[4];
ry(pi*0.10689290637) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025219885355) q[0];
ry(pi*0.229884018405) q[1];
ry(pi*-0.189674410169) q[2];
ry(pi*-0.05876333331) q[3];
ry(pi*0.007116798019) q[4];
ry(pi*0.001883708514) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070178481431) q[0];
ry(pi*-0.181191334193) q[1];
ry(pi*0.057939674158) q[2];
ry(pi*-0.314525221446) q[3];
ry(pi*0.517572838447) q[4];
ry(pi*-0.167273988958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036969290602) q[0];
ry(pi*-0.018046576415) q[1];
ry(pi*-0.032092770322) q[2];
ry(pi*0.016727140392) q[3];
ry(pi*0.013014924278) q[4];
ry(pi*0.002590979197) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
