// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001455366422) q[0];
ry(pi*0.027835238308) q[1];
ry(pi*0.024949836751) q[2];
ry(pi*0.020122567353) q[3];
ry(pi*0.000534606562) q[4];
ry(pi*0.239359995186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006393593043) q[0];
ry(pi*-0.000306684239) q[1];
ry(pi*0.000663819682) q[2];
ry(pi*0.000480403386) q[3];
ry(pi*-0.846158668346) q[4];
ry(pi*-0.055997590502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0005543712) q[0];
ry(pi*0.009794174069) q[1];
ry(pi*-1.1032653e-05) q[2];
ry(pi*0.002502886951) q[3];
ry(pi*0.011250149249) q[4];
ry(pi*0.003552557182) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000346307377) q[0];
ry(pi*-0.00283216373) q[1];
ry(pi*-0.491315694003) q[2];
ry(pi*-0.161246460852) q[3];
ry(pi*-0.496064041514) q[4];
ry(pi*0.298499055305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.491868218361) q[0];
ry(pi*-0.319945033471) q[1];
ry(pi*0.41082851715) q[2];
ry(pi*0.00503334664) q[3];
ry(pi*-0.001383587181) q[4];
ry(pi*-0.001708976622) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
