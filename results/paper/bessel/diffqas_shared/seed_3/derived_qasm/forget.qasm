// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.069034500636) q[0];
ry(pi*0.087033524231) q[1];
ry(pi*0.29967327866) q[2];
ry(pi*0.238650793877) q[3];
ry(pi*0.323791416557) q[4];
ry(pi*0.03031059847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.374243747226) q[0];
ry(pi*-0.073464196107) q[1];
ry(pi*0.043671223997) q[2];
ry(pi*0.021074124169) q[3];
ry(pi*-0.047848226184) q[4];
ry(pi*-0.160367529343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02984613612) q[0];
ry(pi*0.035308466072) q[1];
ry(pi*-0.054195478291) q[2];
ry(pi*-0.152726226749) q[3];
ry(pi*-0.025456665246) q[4];
ry(pi*-0.027129006234) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.121031862785) q[0];
ry(pi*0.109058996515) q[1];
ry(pi*-0.063792785794) q[2];
ry(pi*-0.086639839716) q[3];
ry(pi*-0.017190645804) q[4];
ry(pi*-0.271897915973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119064341417) q[0];
ry(pi*0.313781546655) q[1];
ry(pi*0.272203908447) q[2];
ry(pi*0.011487019261) q[3];
ry(pi*0.053340182082) q[4];
ry(pi*-0.001798595285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
