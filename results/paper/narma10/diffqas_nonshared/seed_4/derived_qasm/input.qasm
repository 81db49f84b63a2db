// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.001094013025) q[0];
rz(pi*0.000669001243) q[1];
rz(pi*-0.004724574065) q[2];
rz(pi*0.003136038372) q[3];
rz(pi*0.000568862599) q[4];
rz(pi*0.003204924269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003053179936) q[0];
rz(pi*-0.003118974164) q[1];
rz(pi*-0.002539463148) q[2];
rz(pi*-0.000647227495) q[3];
rz(pi*0.002380829781) q[4];
rz(pi*0.002708712804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002258997467) q[0];
rz(pi*-0.001932768927) q[1];
rz(pi*-0.002539549414) q[2];
rz(pi*-0.001859688274) q[3];
rz(pi*-0.000757333613) q[4];
rz(pi*-0.000419580537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006551181871) q[0];
rz(pi*-0.001611932945) q[1];
rz(pi*-0.00091903812) q[2];
rz(pi*0.001459698285) q[3];
rz(pi*-0.003033729016) q[4];
rz(pi*-0.001173376696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.239422e-05) q[0];
rz(pi*0.002464183139) q[1];
rz(pi*-0.004189005414) q[2];
rz(pi*0.004365522819) q[3];
rz(pi*-0.00112190667) q[4];
rz(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
