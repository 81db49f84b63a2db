// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*1.011412666803) q[0];
ry(pi*1.056285112375) q[1];
ry(pi*1.741201759492) q[2];
ry(pi*1.862462661286) q[3];
ry(pi*0.289471499416) q[4];
ry(pi*0.932891597848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.658309824814) q[0];
ry(pi*1.277058379391) q[1];
ry(pi*0.671188725795) q[2];
ry(pi*1.680216973558) q[3];
ry(pi*0.544131801361) q[4];
ry(pi*0.235140000753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.561731643087) q[0];
ry(pi*0.349070895312) q[1];
ry(pi*1.268729646717) q[2];
ry(pi*0.800086765664) q[3];
ry(pi*1.631866216206) q[4];
ry(pi*1.322567322703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.406950970695) q[0];
ry(pi*1.259183243096) q[1];
ry(pi*1.221674120904) q[2];
ry(pi*1.203397293595) q[3];
ry(pi*0.133577687061) q[4];
ry(pi*0.231939544863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.701829485648) q[0];
ry(pi*1.766438397783) q[1];
ry(pi*0.012655836568) q[2];
ry(pi*0.582632704966) q[3];
ry(pi*0.95168182771) q[4];
ry(pi*1.848627430103) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
