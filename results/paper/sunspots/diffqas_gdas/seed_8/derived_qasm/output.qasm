// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rx(0) q[0];
rx(pi*-0.000394695592) q[1];
rx(pi*0.000407257774) q[2];
rx(pi*0.00372845649) q[3];
rx(pi*-0.004946734269) q[4];
rx(pi*-0.000299424013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003120424097) q[0];
rx(pi*3.9e-11) q[1];
rx(pi*1.36e-10) q[2];
rx(pi*-2.96e-10) q[3];
rx(pi*-0.154345010042) q[4];
rx(pi*-0.000557263024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.9e-11) q[0];
rx(pi*1.0e-12) q[1];
rx(pi*0.023241660986) q[2];
rx(pi*4.0e-12) q[3];
rx(pi*0.002729330252) q[4];
rx(pi*0.00104817924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.0e-12) q[0];
rx(pi*-1.2e-11) q[1];
rx(pi*0.019042751204) q[2];
rx(pi*-0.109118276866) q[3];
rx(pi*-0.151545486256) q[4];
rx(pi*0.005326506423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.8e-11) q[0];
rx(0) q[1];
rx(pi*-0.000407257774) q[2];
rx(pi*-0.003728453229) q[3];
rx(pi*0.002217403868) q[4];
rx(pi*-0.002317977959) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
