// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.007354287016) q[0];
rz(pi*0.000247020191) q[1];
rz(pi*-0.004602226523) q[2];
rz(pi*0.001065456076) q[3];
rz(pi*-5.4686421e-05) q[4];
rz(pi*-0.00149944634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003735166914) q[0];
rz(pi*-0.00471729268) q[1];
rz(pi*0.002156374913) q[2];
rz(pi*0.006525377156) q[3];
rz(pi*0.002760446151) q[4];
rz(pi*0.001462212471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000609600275) q[0];
rz(pi*0.004623221351) q[1];
rz(pi*0.003316187873) q[2];
rz(pi*0.002415942408) q[3];
rz(pi*-0.001491540633) q[4];
rz(pi*-0.002156177774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000696892442) q[0];
rz(pi*-0.001476381704) q[1];
rz(pi*-0.00092842422) q[2];
rz(pi*0.000530608278) q[3];
rz(pi*-0.00161901393) q[4];
rz(pi*-0.000310018273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001243529172) q[0];
rz(pi*-0.005410128216) q[1];
rz(pi*0.005410957088) q[2];
rz(pi*-0.001026178708) q[3];
rz(pi*-0.000886986034) q[4];
rz(pi*-0.002641345617) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
