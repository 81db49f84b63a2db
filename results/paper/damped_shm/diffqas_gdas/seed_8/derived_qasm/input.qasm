// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.136203629179) q[0];
rx(pi*-0.012138777019) q[1];
rx(pi*0.039948329783) q[2];
rx(pi*0.002484292621) q[3];
rx(pi*0.20089650584) q[4];
rx(pi*0.004938226177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.129594377656) q[0];
rx(pi*-0.002925147685) q[1];
rx(pi*-0.058444486799) q[2];
rx(pi*-0.002794117442) q[3];
rx(pi*0.197954288018) q[4];
rx(pi*-0.002599832059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12761081483) q[0];
rx(pi*-0.001771839264) q[1];
rx(pi*0.000102884783) q[2];
rx(pi*-0.002560663118) q[3];
rx(pi*0.205322202803) q[4];
rx(pi*0.003147960373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.181319722777) q[0];
rx(pi*0.005590487898) q[1];
rx(pi*-0.024141277534) q[2];
rx(pi*0.001302419839) q[3];
rx(pi*0.190511829307) q[4];
rx(pi*-0.003820515819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.108982033564) q[0];
rx(pi*0.009914109108) q[1];
rx(pi*0.042256317109) q[2];
rx(pi*0.005923444205) q[3];
rx(pi*0.205048103517) q[4];
rx(pi*-0.000363343571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
