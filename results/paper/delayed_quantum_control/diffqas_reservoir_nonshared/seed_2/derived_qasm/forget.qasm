// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*0.373887742588) q[0];
rz(pi*0.897331508082) q[1];
rz(pi*1.710653207192) q[2];
rz(pi*1.315685679441) q[3];
rz(pi*1.204481168726) q[4];
rz(pi*0.223836417131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.643361576361) q[0];
rz(pi*1.239071599303) q[1];
rz(pi*1.896798325808) q[2];
rz(pi*1.867551000436) q[3];
rz(pi*1.863597838726) q[4];
rz(pi*1.068843553529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.539390160085) q[0];
rz(pi*0.203262578232) q[1];
rz(pi*0.089491965445) q[2];
rz(pi*1.572596414882) q[3];
rz(pi*1.346500457337) q[4];
rz(pi*1.894024661877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.608794530326) q[0];
rz(pi*0.989992358765) q[1];
rz(pi*1.573457474063) q[2];
rz(pi*1.217958118541) q[3];
rz(pi*1.697006337448) q[4];
rz(pi*0.789450643307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.69032489462) q[0];
rz(pi*1.722594654591) q[1];
rz(pi*1.805968041713) q[2];
rz(pi*0.795892877732) q[3];
rz(pi*1.816551951069) q[4];
rz(pi*0.618206531003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
