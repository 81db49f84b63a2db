// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.142566908514) q[0];
ry(pi*0.083838703246) q[1];
ry(pi*-0.033747585234) q[2];
ry(pi*0.006847725918) q[3];
ry(pi*-0.002172328918) q[4];
ry(pi*-0.000794854964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.154062429938) q[0];
ry(pi*0.447551143059) q[1];
ry(pi*-0.040525708441) q[2];
ry(pi*-0.008942747115) q[3];
ry(pi*-0.003881867756) q[4];
ry(pi*0.002408164619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024924669401) q[0];
ry(pi*0.405208258046) q[1];
ry(pi*0.067317604522) q[2];
ry(pi*-0.006934418924) q[3];
ry(pi*0.414443394768) q[4];
ry(pi*0.427393926726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04071397976) q[0];
ry(pi*0.234123554768) q[1];
ry(pi*-0.536507640646) q[2];
ry(pi*0.244935763197) q[3];
ry(pi*-0.229509591229) q[4];
ry(pi*-0.076048872498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.201778245316) q[0];
ry(pi*0.010030803957) q[1];
ry(pi*-0.000443195271) q[2];
ry(pi*-0.014498095113) q[3];
ry(pi*0.060283230642) q[4];
ry(pi*-0.0036362353) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
