// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.017809626954) q[0];
ry(pi*-0.009768305913) q[1];
ry(pi*-0.000927801824) q[2];
ry(pi*-0.002099061503) q[3];
ry(pi*-0.001474321234) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.143144258713) q[0];
ry(pi*0.001483361155) q[1];
ry(pi*-0.115644408781) q[2];
ry(pi*5.515801e-06) q[3];
ry(pi*2.0e-12) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000224616563) q[0];
ry(pi*-3.1060421e-05) q[1];
ry(pi*-2.4935385e-05) q[2];
ry(pi*1.4e-11) q[3];
ry(pi*0.001027738475) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.228144274359) q[0];
ry(pi*-0.000388431139) q[1];
ry(pi*1.0e-12) q[2];
ry(pi*-2.3e-11) q[3];
ry(pi*-7.0e-12) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001004861788) q[0];
ry(pi*1.0e-12) q[1];
ry(pi*0.000252119154) q[2];
ry(pi*0.000115273144) q[3];
ry(pi*0.187723404579) q[4];
ry(pi*-0.003098207603) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
