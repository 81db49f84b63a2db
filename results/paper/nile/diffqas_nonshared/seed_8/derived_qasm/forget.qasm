// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.2675824317) q[0];
rx(pi*-0.133719432459) q[1];
rx(pi*0.013100671611) q[2];
rx(pi*0.096554143887) q[3];
rx(pi*0.04028051888) q[4];
rx(pi*0.003234688953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.514534087285) q[0];
rx(pi*-0.007925458028) q[1];
rx(pi*-0.094639129599) q[2];
rx(pi*0.113036462315) q[3];
rx(pi*0.044281515629) q[4];
rx(pi*-0.004006167713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115347172229) q[0];
rx(pi*-0.170203969357) q[1];
rx(pi*0.070456579224) q[2];
rx(pi*0.085047969266) q[3];
rx(pi*0.04172885575) q[4];
rx(pi*0.0036593112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.483853219043) q[0];
rx(pi*-0.083226993401) q[1];
rx(pi*-0.084883115061) q[2];
rx(pi*0.099083448314) q[3];
rx(pi*0.049333678492) q[4];
rx(pi*0.007502883948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.117594835703) q[0];
rx(pi*-0.104182715767) q[1];
rx(pi*0.010270969298) q[2];
rx(pi*0.102031471797) q[3];
rx(pi*0.041997628437) q[4];
rx(pi*-0.000672385137) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
