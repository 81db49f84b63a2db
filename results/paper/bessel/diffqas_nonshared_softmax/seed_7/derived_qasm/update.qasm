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
ry(pi*0.62248351957) q[0];
ry(pi*0.007479833245) q[1];
ry(pi*-0.450108365884) q[2];
ry(pi*0.436800235578) q[3];
ry(pi*0.072860720434) q[4];
ry(pi*-0.494234119998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.591526825522) q[0];
ry(pi*0.222240979805) q[1];
ry(pi*0.110826810741) q[2];
ry(pi*-0.093717803484) q[3];
ry(pi*0.06152916624) q[4];
ry(pi*0.052428745512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.128982990347) q[0];
ry(pi*-0.168601531087) q[1];
ry(pi*0.02270967937) q[2];
ry(pi*0.034213133774) q[3];
ry(pi*-0.043959329914) q[4];
ry(pi*0.16788060462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092872245038) q[0];
ry(pi*0.006337316909) q[1];
ry(pi*0.50323137641) q[2];
ry(pi*-0.00647849016) q[3];
ry(pi*0.033630264877) q[4];
ry(pi*-0.002991387179) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.383164922919) q[0];
ry(pi*-0.324679644713) q[1];
ry(pi*0.402087013377) q[2];
ry(pi*0.076012065367) q[3];
ry(pi*0.472577259742) q[4];
ry(pi*0.002310279618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
