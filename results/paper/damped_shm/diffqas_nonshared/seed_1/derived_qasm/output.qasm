// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026836837777) q[0];
ry(pi*0.472257986344) q[1];
ry(pi*0.013867927156) q[2];
ry(pi*-0.246962432106) q[3];
ry(pi*0.030548381545) q[4];
ry(pi*-0.000337202793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222382250884) q[0];
ry(pi*-0.109948789923) q[1];
ry(pi*-0.015214356655) q[2];
ry(pi*-0.062175434944) q[3];
ry(pi*0.026193128022) q[4];
ry(pi*0.517436803846) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021652771629) q[0];
ry(pi*-0.495195772688) q[1];
ry(pi*-0.279102437455) q[2];
ry(pi*-0.451207077703) q[3];
ry(pi*-0.003551053591) q[4];
ry(pi*0.301754076818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.384987558899) q[0];
ry(pi*-0.168874681736) q[1];
ry(pi*-0.227752809656) q[2];
ry(pi*-0.514521679108) q[3];
ry(pi*0.006676614264) q[4];
ry(pi*-0.012834129407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.138135206676) q[0];
ry(pi*0.448720964737) q[1];
ry(pi*-0.064751483479) q[2];
ry(pi*0.161510846091) q[3];
ry(pi*0.487409964162) q[4];
ry(pi*3.711072e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
