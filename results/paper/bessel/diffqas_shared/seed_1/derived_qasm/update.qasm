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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030822948035) q[0];
ry(pi*0.166041955641) q[1];
ry(pi*-0.006939670225) q[2];
ry(pi*-0.001625422865) q[3];
ry(pi*0.06612667092) q[4];
ry(pi*0.056040283927) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034040175834) q[0];
ry(pi*0.271906965973) q[1];
ry(pi*-0.069510892101) q[2];
ry(pi*-0.430598803267) q[3];
ry(pi*0.074787127858) q[4];
ry(pi*-0.000255382596) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014160938714) q[0];
ry(pi*0.455325264373) q[1];
ry(pi*0.048497829349) q[2];
ry(pi*-0.002283253088) q[3];
ry(pi*-0.072628546178) q[4];
ry(pi*-0.024227971133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.295791169891) q[0];
ry(pi*0.015002080068) q[1];
ry(pi*-0.052496914595) q[2];
ry(pi*-0.014253395285) q[3];
ry(pi*-0.215254132657) q[4];
ry(pi*-0.36818176461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095175982468) q[0];
ry(pi*-0.024415592635) q[1];
ry(pi*-0.018095666028) q[2];
ry(pi*0.086936867567) q[3];
ry(pi*0.107588665487) q[4];
ry(pi*0.001491324966) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
