// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-6.4315827e-05) q[0];
rx(pi*0.138614818765) q[1];
rx(pi*-0.158371491935) q[2];
rx(pi*-0.186614352612) q[3];
rx(pi*0.046196065086) q[4];
rx(pi*0.005175528412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.24297532815) q[0];
rx(pi*0.114951239444) q[1];
rx(pi*0.027975593952) q[2];
rx(pi*-0.182672878115) q[3];
rx(pi*0.031918406028) q[4];
rx(pi*-0.003178267262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.260090492063) q[0];
rx(pi*-0.044415055314) q[1];
rx(pi*0.265968552863) q[2];
rx(pi*-0.165023138063) q[3];
rx(pi*0.042964408512) q[4];
rx(pi*0.000545678569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090370640823) q[0];
rx(pi*-0.333788764445) q[1];
rx(pi*0.335443529553) q[2];
rx(pi*0.125349187413) q[3];
rx(pi*0.027724110181) q[4];
rx(pi*0.001392068889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.3369e-08) q[0];
rx(pi*-0.328050305123) q[1];
rx(pi*-0.163801672566) q[2];
rx(pi*-0.185966034851) q[3];
rx(pi*0.045058895507) q[4];
rx(pi*0.000349236406) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
