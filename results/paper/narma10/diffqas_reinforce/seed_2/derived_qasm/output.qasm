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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000220167324) q[0];
ry(pi*0.041830962335) q[1];
ry(pi*0.018424626199) q[2];
ry(pi*0.022640175081) q[3];
ry(pi*-0.001525200807) q[4];
ry(pi*0.000228216845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007819827848) q[0];
ry(pi*0.020746929648) q[1];
ry(pi*0.000747026446) q[2];
ry(pi*0.005877235485) q[3];
ry(pi*0.001308667654) q[4];
ry(pi*-0.00319796127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001258383499) q[0];
ry(pi*0.043303707645) q[1];
ry(pi*0.025029301733) q[2];
ry(pi*-0.006099413475) q[3];
ry(pi*0.001525492958) q[4];
ry(pi*0.000980499372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007461295092) q[0];
ry(pi*0.022630724281) q[1];
ry(pi*0.007250571305) q[2];
ry(pi*0.001891375134) q[3];
ry(pi*-0.005994122433) q[4];
ry(pi*-0.004399590166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00636356452) q[0];
ry(pi*0.039208881172) q[1];
ry(pi*0.020058318514) q[2];
ry(pi*0.049219272824) q[3];
ry(pi*-0.103908597508) q[4];
ry(pi*0.008673662563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
