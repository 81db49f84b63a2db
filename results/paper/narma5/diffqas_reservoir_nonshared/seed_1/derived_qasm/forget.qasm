// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*1.496435859305) q[0];
rx(pi*0.885577814994) q[1];
rx(pi*0.418562074729) q[2];
rx(pi*1.810005138859) q[3];
rx(pi*0.033654568967) q[4];
rx(pi*0.607017846341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.99805178214) q[0];
rx(pi*0.524293592808) q[1];
rx(pi*1.698088998323) q[2];
rx(pi*1.211366302973) q[3];
rx(pi*1.612071417299) q[4];
rx(pi*1.260635493096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.725393714176) q[0];
rx(pi*1.521577633858) q[1];
rx(pi*0.052969098853) q[2];
rx(pi*0.893625902784) q[3];
rx(pi*0.743709169999) q[4];
rx(pi*0.954147981346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.255241380289) q[0];
rx(pi*0.445013727783) q[1];
rx(pi*1.124103199009) q[2];
rx(pi*0.775538230987) q[3];
rx(pi*1.583312374562) q[4];
rx(pi*1.210273169142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.72253333467) q[0];
rx(pi*1.464721621387) q[1];
rx(pi*1.203646899064) q[2];
rx(pi*0.575231208418) q[3];
rx(pi*1.56552094603) q[4];
rx(pi*0.502535152461) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
