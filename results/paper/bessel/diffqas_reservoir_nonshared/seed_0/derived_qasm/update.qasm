// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.874219693578) q[0];
ry(pi*1.799201449194) q[1];
ry(pi*0.584729762769) q[2];
ry(pi*0.364311817372) q[3];
ry(pi*0.745969127814) q[4];
ry(pi*1.554988338984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.17168867161) q[0];
ry(pi*0.763791216306) q[1];
ry(pi*1.581318262888) q[2];
ry(pi*1.602892401965) q[3];
ry(pi*1.092806437431) q[4];
ry(pi*0.245892274272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.962317446658) q[0];
ry(pi*1.062987425225) q[1];
ry(pi*0.075760989511) q[2];
ry(pi*1.076898395617) q[3];
ry(pi*1.472083199274) q[4];
ry(pi*1.210283642098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.117511535223) q[0];
ry(pi*1.394032047335) q[1];
ry(pi*1.828529067234) q[2];
ry(pi*0.135180732459) q[3];
ry(pi*1.832215699784) q[4];
ry(pi*0.141994775821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.743968641297) q[0];
ry(pi*1.802628382773) q[1];
ry(pi*1.867614597086) q[2];
ry(pi*1.226098186212) q[3];
ry(pi*0.372874939371) q[4];
ry(pi*0.664069771405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
