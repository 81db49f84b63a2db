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
ry(pi*-0.060862122376) q[0];
ry(pi*0.116623990717) q[1];
ry(pi*0.062892287014) q[2];
ry(pi*0.02837538532) q[3];
ry(pi*-0.129409032883) q[4];
ry(pi*-0.027478934849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058480198253) q[0];
ry(pi*-0.019747479688) q[1];
ry(pi*-0.266653317273) q[2];
ry(pi*-0.019143115854) q[3];
ry(pi*-0.035866912299) q[4];
ry(pi*0.052700364112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064545216509) q[0];
ry(pi*0.111807891524) q[1];
ry(pi*-0.059458622852) q[2];
ry(pi*0.239918647742) q[3];
ry(pi*-0.015716002033) q[4];
ry(pi*-0.060755006986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.02457677087) q[0];
ry(pi*0.293134795486) q[1];
ry(pi*0.041697133316) q[2];
ry(pi*-0.011390255876) q[3];
ry(pi*-0.016415803531) q[4];
ry(pi*0.048997737535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072305283759) q[0];
ry(pi*0.092791070137) q[1];
ry(pi*0.228819950823) q[2];
ry(pi*0.037492834088) q[3];
ry(pi*0.115571439593) q[4];
ry(pi*-0.00329960243) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
