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
rx(pi*0.158593103114) q[0];
rx(pi*-0.000414720845) q[1];
rx(pi*0.002038551926) q[2];
rx(pi*0.000333890566) q[3];
rx(pi*-0.001705092545) q[4];
rx(pi*0.001150993375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.162407972466) q[0];
rx(pi*0.003020397696) q[1];
rx(pi*-0.002240064296) q[2];
rx(pi*-0.004027976886) q[3];
rx(pi*-0.001983946431) q[4];
rx(pi*0.000131554059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150791670531) q[0];
rx(pi*-0.000690671753) q[1];
rx(pi*-0.003965857146) q[2];
rx(pi*-0.00233089929) q[3];
rx(pi*-0.001732438945) q[4];
rx(pi*-0.001006813388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159567865973) q[0];
rx(pi*0.003324171249) q[1];
rx(pi*-0.000409145896) q[2];
rx(pi*0.004349586897) q[3];
rx(pi*-0.002117385175) q[4];
rx(pi*0.001118884371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.161068743125) q[0];
rx(pi*0.000305004539) q[1];
rx(pi*-0.002366632829) q[2];
rx(pi*-0.002933942443) q[3];
rx(pi*-0.001456986516) q[4];
rx(pi*0.00070090251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
