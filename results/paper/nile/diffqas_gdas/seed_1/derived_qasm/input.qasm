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
rz(pi*0.003590448427) q[0];
rz(pi*0.001813460137) q[1];
rz(pi*0.002454882935) q[2];
rz(pi*0.002284212694) q[3];
rz(pi*0.006378774734) q[4];
rz(pi*-0.002017746678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000501166501) q[0];
rz(pi*0.002245441291) q[1];
rz(pi*0.003970001209) q[2];
rz(pi*-0.007727611401) q[3];
rz(pi*-0.001662812221) q[4];
rz(pi*-0.000663749275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003276878118) q[0];
rz(pi*0.002696421428) q[1];
rz(pi*0.000697024585) q[2];
rz(pi*-0.001261962382) q[3];
rz(pi*-0.005201609418) q[4];
rz(pi*-0.004213735205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003136458737) q[0];
rz(pi*0.001447710325) q[1];
rz(pi*-0.00388103592) q[2];
rz(pi*-0.006587176731) q[3];
rz(pi*-0.004623508017) q[4];
rz(pi*-0.001884248348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005326137047) q[0];
rz(pi*0.007963854126) q[1];
rz(pi*-0.00153232122) q[2];
rz(pi*0.003004386476) q[3];
rz(pi*0.004460194459) q[4];
rz(pi*0.004088826935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
