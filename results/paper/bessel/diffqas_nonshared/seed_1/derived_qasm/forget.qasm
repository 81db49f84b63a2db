// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.035488273174) q[0];
ry(pi*0.052799880916) q[1];
ry(pi*0.260217571528) q[2];
ry(pi*-0.192500287102) q[3];
ry(pi*-0.002073541082) q[4];
ry(pi*0.010426454523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.139239297269) q[0];
ry(pi*-0.207183638052) q[1];
ry(pi*-0.003730632724) q[2];
ry(pi*-0.111596592033) q[3];
ry(pi*-0.031617550424) q[4];
ry(pi*-0.038467860193) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030878324742) q[0];
ry(pi*0.172132150733) q[1];
ry(pi*-0.173746617725) q[2];
ry(pi*0.090620711124) q[3];
ry(pi*-0.104681158308) q[4];
ry(pi*0.0237265641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.26380596319) q[0];
ry(pi*-0.122083171193) q[1];
ry(pi*-0.157703565839) q[2];
ry(pi*-0.414313431447) q[3];
ry(pi*-0.171660013907) q[4];
ry(pi*-0.009515785756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0327043355) q[0];
ry(pi*0.261265018982) q[1];
ry(pi*0.059908210568) q[2];
ry(pi*-0.201573225804) q[3];
ry(pi*-0.304663452813) q[4];
ry(pi*-0.0035846149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
