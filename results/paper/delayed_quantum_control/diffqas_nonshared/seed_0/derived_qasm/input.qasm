// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.280269090683) q[0];
ry(pi*0.505910100712) q[1];
ry(pi*0.003814932792) q[2];
ry(pi*-0.000674487777) q[3];
ry(pi*-0.002537322192) q[4];
ry(pi*-0.015787933649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183819818659) q[0];
ry(pi*0.591203833465) q[1];
ry(pi*0.09706571557) q[2];
ry(pi*0.080002555958) q[3];
ry(pi*0.002002290855) q[4];
ry(pi*0.015489657153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012425589231) q[0];
ry(pi*0.234254504672) q[1];
ry(pi*-0.234695431329) q[2];
ry(pi*0.502902882257) q[3];
ry(pi*0.068300781794) q[4];
ry(pi*0.114726203684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.502120066687) q[0];
ry(pi*0.000156997894) q[1];
ry(pi*-0.976872779625) q[2];
ry(pi*-0.150660881895) q[3];
ry(pi*-0.024992874057) q[4];
ry(pi*-0.004090369064) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.499507026038) q[0];
ry(pi*-0.114262329489) q[1];
ry(pi*0.00170404267) q[2];
ry(pi*-0.015568154525) q[3];
ry(pi*-0.000499444132) q[4];
ry(pi*0.000572656) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
