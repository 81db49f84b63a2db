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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000623922069) q[0];
ry(pi*-8.2210555e-05) q[1];
ry(pi*-1.3457829e-05) q[2];
ry(pi*-0.000267820307) q[3];
ry(pi*9.1866165e-05) q[4];
ry(pi*0.000514126778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.680964e-05) q[0];
ry(pi*2.931397e-06) q[1];
ry(pi*-0.007682613972) q[2];
ry(pi*0.009479937935) q[3];
ry(pi*0.001121868873) q[4];
ry(pi*-0.007703341699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024615067361) q[0];
ry(pi*-0.008412607041) q[1];
ry(pi*-0.001671648482) q[2];
ry(pi*1.366646e-06) q[3];
ry(pi*-0.00060033231) q[4];
ry(pi*0.000743423328) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000674536394) q[0];
ry(pi*0.000968508522) q[1];
ry(pi*0.002075796023) q[2];
ry(pi*-6.485598e-06) q[3];
ry(pi*0.006968489829) q[4];
ry(pi*1.832369e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.86634e-07) q[0];
ry(pi*-1.9306578e-05) q[1];
ry(pi*3.782405e-06) q[2];
ry(pi*1.439964e-06) q[3];
ry(pi*0.00089040187) q[4];
ry(pi*0.001523955721) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
