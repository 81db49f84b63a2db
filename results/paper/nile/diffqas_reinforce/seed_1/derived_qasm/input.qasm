// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*0.0035909349) q[0];
rz(pi*0.001813953428) q[1];
rz(pi*0.002455365406) q[2];
rz(pi*0.002284664779) q[3];
rz(pi*0.006379221187) q[4];
rz(pi*-0.002017272952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000501568709) q[0];
rz(pi*0.002245788581) q[1];
rz(pi*0.003970319892) q[2];
rz(pi*-0.007727331553) q[3];
rz(pi*-0.001662583511) q[4];
rz(pi*-0.00066358734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003276677126) q[0];
rz(pi*0.002696583883) q[1];
rz(pi*0.000697119967) q[2];
rz(pi*-0.001261881451) q[3];
rz(pi*-0.005201569101) q[4];
rz(pi*-0.004213694888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00313642257) q[0];
rz(pi*0.001447738043) q[1];
rz(pi*-0.003881006868) q[2];
rz(pi*-0.006587187996) q[3];
rz(pi*-0.004623505645) q[4];
rz(pi*-0.001884248496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005326217682) q[0];
rz(pi*0.007963897408) q[1];
rz(pi*-0.001532282534) q[2];
rz(pi*0.003004395666) q[3];
rz(pi*0.004460191791) q[4];
rz(pi*0.00408882486) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
