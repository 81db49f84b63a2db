// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.022140726984) q[0];
ry(pi*-0.267119572548) q[1];
ry(pi*0.038120872354) q[2];
ry(pi*-0.022220889215) q[3];
ry(pi*0.274089078604) q[4];
ry(pi*0.053497404499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017644580651) q[0];
ry(pi*0.217100901972) q[1];
ry(pi*-0.43549749083) q[2];
ry(pi*0.416705932876) q[3];
ry(pi*-0.384600514846) q[4];
ry(pi*0.042450825718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028225989161) q[0];
ry(pi*0.011166396426) q[1];
ry(pi*0.005418689668) q[2];
ry(pi*0.185245165302) q[3];
ry(pi*0.0874992957) q[4];
ry(pi*0.019832687484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021239644791) q[0];
ry(pi*0.217711103484) q[1];
ry(pi*0.103772515475) q[2];
ry(pi*-0.010848171272) q[3];
ry(pi*0.039318536538) q[4];
ry(pi*0.068533411397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002441494549) q[0];
ry(pi*0.023181740306) q[1];
ry(pi*0.036667329836) q[2];
ry(pi*-0.088168066084) q[3];
ry(pi*-0.038183992314) q[4];
ry(pi*0.003551221975) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
