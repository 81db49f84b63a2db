// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.0012592767) q[0];
rx(pi*-0.002325998392) q[1];
rx(pi*-0.002668452041) q[2];
rx(pi*0.000655812219) q[3];
rx(pi*0.001046177022) q[4];
rx(pi*-0.000824503959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00072538699) q[0];
rx(pi*0.002258679229) q[1];
rx(pi*-0.005658902441) q[2];
rx(pi*-0.004779369436) q[3];
rx(pi*0.000164640557) q[4];
rx(pi*0.00217566827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002779010392) q[0];
rx(pi*0.000234359087) q[1];
rx(pi*-0.0024053485) q[2];
rx(pi*-0.001968133239) q[3];
rx(pi*-0.002105698259) q[4];
rx(pi*0.002976952179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004005702584) q[0];
rx(pi*0.004002417927) q[1];
rx(pi*-0.007074852238) q[2];
rx(pi*0.00022011626) q[3];
rx(pi*-0.001201561824) q[4];
rx(pi*-0.003472858005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003936851668) q[0];
rx(pi*0.003405859007) q[1];
rx(pi*-0.006355093781) q[2];
rx(pi*0.006356536895) q[3];
rx(pi*-0.002401717294) q[4];
rx(pi*0.005376439731) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
