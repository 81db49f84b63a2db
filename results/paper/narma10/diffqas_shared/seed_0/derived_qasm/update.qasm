// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.030544919019) q[0];
rz(pi*0.014470800444) q[1];
rz(pi*0.030069442989) q[2];
rz(pi*0.01547479082) q[3];
rz(pi*0.067178349298) q[4];
rz(pi*-0.010051752242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014302362761) q[0];
rz(pi*-3.8319376e-05) q[1];
rz(pi*-4.892985e-05) q[2];
rz(pi*-0.003963754432) q[3];
rz(pi*-0.012846868422) q[4];
rz(pi*0.00793974925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.01816850122) q[0];
rz(pi*0.022908625231) q[1];
rz(pi*-0.007518167682) q[2];
rz(pi*-0.002004719663) q[3];
rz(pi*0.011101547574) q[4];
rz(pi*-0.000126435613) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.03096849984) q[0];
rz(pi*0.00166581125) q[1];
rz(pi*0.035782900973) q[2];
rz(pi*0.00174561033) q[3];
rz(pi*-0.02997301637) q[4];
rz(pi*-0.006238956256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.040093310035) q[0];
rz(pi*-0.00103246395) q[1];
rz(pi*-0.014180523333) q[2];
rz(pi*-0.012846149829) q[3];
rz(pi*0.043324976095) q[4];
rz(pi*0.005376608707) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
