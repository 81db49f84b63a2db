// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.501757193914) q[0];
ry(pi*-0.002088879659) q[1];
ry(pi*-0.01284372606) q[2];
ry(pi*0.143325211294) q[3];
ry(pi*-0.024477149715) q[4];
ry(pi*0.263764773355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001756575541) q[0];
ry(pi*0.129061338309) q[1];
ry(pi*-0.494300714343) q[2];
ry(pi*-0.471818729289) q[3];
ry(pi*-0.009263611852) q[4];
ry(pi*0.49075789522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007530182174) q[0];
ry(pi*-0.004110287781) q[1];
ry(pi*0.007084713324) q[2];
ry(pi*-0.012586122393) q[3];
ry(pi*0.507919770038) q[4];
ry(pi*-0.003687368633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.828827518673) q[0];
ry(pi*0.006985102248) q[1];
ry(pi*0.043455707813) q[2];
ry(pi*0.508429605714) q[3];
ry(pi*0.304154129401) q[4];
ry(pi*-0.504981043202) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.037100809689) q[0];
ry(pi*0.491470777242) q[1];
ry(pi*0.511075810726) q[2];
ry(pi*0.46426359143) q[3];
ry(pi*0.502320532739) q[4];
ry(pi*0.001989410434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
