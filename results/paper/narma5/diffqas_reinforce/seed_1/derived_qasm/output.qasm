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
ry(pi*0.004324669454) q[0];
ry(pi*0.029191094891) q[1];
ry(pi*0.044022698892) q[2];
ry(pi*0.004519050294) q[3];
ry(pi*-0.001367273879) q[4];
ry(pi*-0.00061804426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002751208498) q[0];
ry(pi*-0.000365015581) q[1];
ry(pi*0.003688709177) q[2];
ry(pi*0.018587035291) q[3];
ry(pi*0.005851937698) q[4];
ry(pi*0.011463114785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000756079559) q[0];
ry(pi*0.022725099471) q[1];
ry(pi*-0.000997050649) q[2];
ry(pi*-0.005732274799) q[3];
ry(pi*0.000626907683) q[4];
ry(pi*0.008440059421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00991578701) q[0];
ry(pi*-5.4718752e-05) q[1];
ry(pi*0.007878934479) q[2];
ry(pi*-0.004167180233) q[3];
ry(pi*0.10319798273) q[4];
ry(pi*-0.002929582564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014555619298) q[0];
ry(pi*0.028594881038) q[1];
ry(pi*0.052893274267) q[2];
ry(pi*0.00462425329) q[3];
ry(pi*0.020134859321) q[4];
ry(pi*0.001336272409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
