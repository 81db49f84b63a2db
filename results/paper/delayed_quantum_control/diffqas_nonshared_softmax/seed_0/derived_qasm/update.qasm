// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*-0.499965938859) q[0];
rx(pi*-0.227497664145) q[1];
rx(pi*0.252273435422) q[2];
rx(pi*-0.123749282005) q[3];
rx(pi*-0.067918291201) q[4];
rx(pi*-0.001047610205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499413793956) q[0];
rx(pi*-0.504085225947) q[1];
rx(pi*7.809979e-06) q[2];
rx(pi*0.302984269779) q[3];
rx(pi*-0.35236862448) q[4];
rx(pi*-0.002493030016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.496823141149) q[0];
rx(pi*0.000131975452) q[1];
rx(pi*-8.478756e-05) q[2];
rx(pi*0.228682284566) q[3];
rx(pi*-0.063906551133) q[4];
rx(pi*-0.003059959136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000187736728) q[0];
rx(pi*2.4132939e-05) q[1];
rx(pi*-0.000204841679) q[2];
rx(pi*-0.211290270318) q[3];
rx(pi*-0.348120284762) q[4];
rx(pi*-0.001845474277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000113405051) q[0];
rx(pi*0.029518965315) q[1];
rx(pi*0.247686432158) q[2];
rx(pi*-0.124635148054) q[3];
rx(pi*-0.071617768301) q[4];
rx(pi*0.000930923212) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
