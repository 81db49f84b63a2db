// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.312759408846) q[0];
rx(pi*-0.026053782677) q[1];
rx(pi*-0.267579452979) q[2];
rx(pi*-0.35592806373) q[3];
rx(pi*0.154798487171) q[4];
rx(pi*0.149027394723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.011491687743) q[0];
rx(pi*0.278300269682) q[1];
rx(pi*-0.190016678538) q[2];
rx(pi*0.351138924811) q[3];
rx(pi*0.012731556804) q[4];
rx(pi*-0.011563091679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.080001872939) q[0];
rx(pi*-0.018673153779) q[1];
rx(pi*0.792491671198) q[2];
rx(pi*-0.515341681263) q[3];
rx(pi*0.056406998681) q[4];
rx(pi*0.396011294492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.29790885107) q[0];
rx(pi*-0.086107265202) q[1];
rx(pi*0.556568627203) q[2];
rx(pi*-0.342682998837) q[3];
rx(pi*-0.415810001785) q[4];
rx(pi*0.180822485005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.385764530863) q[0];
rx(pi*-0.747222088071) q[1];
rx(pi*0.281466954082) q[2];
rx(pi*0.240281387705) q[3];
rx(pi*0.233089558991) q[4];
rx(pi*-0.155166881013) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
