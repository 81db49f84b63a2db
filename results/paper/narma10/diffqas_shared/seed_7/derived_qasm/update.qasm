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
rz(pi*0.000646640304) q[0];
rz(pi*-0.001474819565) q[1];
rz(pi*0.000405026216) q[2];
rz(pi*-0.003778996629) q[3];
rz(pi*-0.001843973058) q[4];
rz(pi*-0.000624503554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002860877502) q[0];
rz(pi*0.003645359413) q[1];
rz(pi*-0.004212904258) q[2];
rz(pi*-0.002529393955) q[3];
rz(pi*0.002059253417) q[4];
rz(pi*-0.00634207729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001474296777) q[0];
rz(pi*-0.000309736961) q[1];
rz(pi*0.004001199225) q[2];
rz(pi*0.002194500945) q[3];
rz(pi*-0.00104155738) q[4];
rz(pi*-0.001173221579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000796364261) q[0];
rz(pi*0.004849539254) q[1];
rz(pi*-0.001362442647) q[2];
rz(pi*-0.00096664771) q[3];
rz(pi*0.001122349491) q[4];
rz(pi*-0.000384386423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000627958447) q[0];
rz(pi*-0.003546203683) q[1];
rz(pi*-3.6695126e-05) q[2];
rz(pi*-0.00141196967) q[3];
rz(pi*0.003711894171) q[4];
rz(pi*0.002078845151) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
