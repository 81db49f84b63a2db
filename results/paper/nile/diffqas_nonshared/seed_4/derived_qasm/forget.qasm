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
rx(pi*0.007076260964) q[0];
rx(pi*-0.002448242473) q[1];
rx(pi*-0.176077192107) q[2];
rx(pi*0.136644868885) q[3];
rx(pi*-0.009431823047) q[4];
rx(pi*0.0049578772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.9359002e-05) q[0];
rx(pi*0.026955664096) q[1];
rx(pi*-0.23180971435) q[2];
rx(pi*0.025151173178) q[3];
rx(pi*-0.00417515353) q[4];
rx(pi*0.000975920048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.020081073953) q[0];
rx(pi*-0.006660665891) q[1];
rx(pi*-0.17877885446) q[2];
rx(pi*0.134298091778) q[3];
rx(pi*0.003427846939) q[4];
rx(pi*0.004249754967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003387163439) q[0];
rx(pi*-0.011025147877) q[1];
rx(pi*-0.234693609945) q[2];
rx(pi*0.026626188103) q[3];
rx(pi*0.005040871707) q[4];
rx(pi*-0.0051389952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014096643629) q[0];
rx(pi*-0.009004039169) q[1];
rx(pi*-0.179589408187) q[2];
rx(pi*0.137778993338) q[3];
rx(pi*-0.004438840335) q[4];
rx(pi*-0.004828765577) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
