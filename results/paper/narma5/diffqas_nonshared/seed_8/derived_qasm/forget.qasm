// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097059577886) q[0];
ry(pi*0.049090936415) q[1];
ry(pi*0.081608323946) q[2];
ry(pi*0.111752121132) q[3];
ry(pi*-0.087342495427) q[4];
ry(pi*0.004412073642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102823261476) q[0];
ry(pi*-0.046706588524) q[1];
ry(pi*0.006772865977) q[2];
ry(pi*-0.030107957666) q[3];
ry(pi*-0.010291860665) q[4];
ry(pi*-0.00163611134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082651474073) q[0];
ry(pi*0.049493950778) q[1];
ry(pi*-0.025974315323) q[2];
ry(pi*0.018016455992) q[3];
ry(pi*0.011066564199) q[4];
ry(pi*0.002416960266) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077506985076) q[0];
ry(pi*-0.04874057617) q[1];
ry(pi*-0.01319663814) q[2];
ry(pi*0.002596604913) q[3];
ry(pi*-0.061373281401) q[4];
ry(pi*-0.002389611198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087892097982) q[0];
ry(pi*0.059394983513) q[1];
ry(pi*0.090136185093) q[2];
ry(pi*0.104598655314) q[3];
ry(pi*0.200076883139) q[4];
ry(pi*-0.000363328007) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
