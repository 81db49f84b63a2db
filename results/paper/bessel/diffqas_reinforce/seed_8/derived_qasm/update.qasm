// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.158524298445) q[0];
ry(pi*0.149040334137) q[1];
ry(pi*0.152828632155) q[2];
ry(pi*-0.008273012086) q[3];
ry(pi*-0.007366978006) q[4];
ry(pi*-0.258983033808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.291642607853) q[0];
ry(pi*0.218290739899) q[1];
ry(pi*0.118170079927) q[2];
ry(pi*0.053635630452) q[3];
ry(pi*0.007349564581) q[4];
ry(pi*0.173417136989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.185954366611) q[0];
ry(pi*-0.004746493518) q[1];
ry(pi*0.013889229994) q[2];
ry(pi*-0.012329570527) q[3];
ry(pi*0.013161051195) q[4];
ry(pi*0.293164658591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065028499824) q[0];
ry(pi*0.496673142606) q[1];
ry(pi*0.026627409474) q[2];
ry(pi*-0.092221081364) q[3];
ry(pi*0.020922005421) q[4];
ry(pi*-0.008509589798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048636448987) q[0];
ry(pi*0.780635601164) q[1];
ry(pi*-0.107178939515) q[2];
ry(pi*0.091507677592) q[3];
ry(pi*0.398454491104) q[4];
ry(pi*0.001586149573) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
