// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008952015302) q[0];
ry(pi*0.009782121631) q[1];
ry(pi*0.016495351519) q[2];
ry(pi*-0.056559069997) q[3];
ry(pi*0.00162463846) q[4];
ry(pi*-0.001298302753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006632279696) q[0];
ry(pi*0.010677269504) q[1];
ry(pi*-0.001792111497) q[2];
ry(pi*0.013146367474) q[3];
ry(pi*-0.007194309401) q[4];
ry(pi*-0.00263858864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003643154424) q[0];
ry(pi*0.014678999076) q[1];
ry(pi*0.017204909753) q[2];
ry(pi*0.003429387289) q[3];
ry(pi*-0.00139024202) q[4];
ry(pi*-0.000152038605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.041754236543) q[0];
ry(pi*0.011169995319) q[1];
ry(pi*0.002799018933) q[2];
ry(pi*0.001625420493) q[3];
ry(pi*0.011265422311) q[4];
ry(pi*0.001290217991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033293666989) q[0];
ry(pi*0.009818954849) q[1];
ry(pi*0.023160818108) q[2];
ry(pi*-0.069728998066) q[3];
ry(pi*-0.074587833373) q[4];
ry(pi*-0.000233845971) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
