// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.000646652606) q[0];
rz(pi*-0.001474799258) q[1];
rz(pi*0.000405047189) q[2];
rz(pi*-0.003779007598) q[3];
rz(pi*-0.001843973503) q[4];
rz(pi*-0.000624507482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002860900921) q[0];
rz(pi*0.003645363563) q[1];
rz(pi*-0.004212894475) q[2];
rz(pi*-0.002529408777) q[3];
rz(pi*0.002059242745) q[4];
rz(pi*-0.006342074326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001474278545) q[0];
rz(pi*-0.000309715135) q[1];
rz(pi*0.004001216122) q[2];
rz(pi*0.002194497833) q[3];
rz(pi*-0.001041558269) q[4];
rz(pi*-0.001173202532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000796354033) q[0];
rz(pi*0.004849564452) q[1];
rz(pi*-0.00136246073) q[2];
rz(pi*-0.000966647488) q[3];
rz(pi*0.001122341783) q[4];
rz(pi*-0.000384393612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000627946367) q[0];
rz(pi*-0.003546198643) q[1];
rz(pi*-3.6671614e-05) q[2];
rz(pi*-0.001411972931) q[3];
rz(pi*0.003711903361) q[4];
rz(pi*0.002078845151) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
