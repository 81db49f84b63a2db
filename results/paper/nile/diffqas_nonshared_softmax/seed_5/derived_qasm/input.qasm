// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.12847904571) q[0];
ry(pi*0.04453408559) q[1];
ry(pi*0.031714565198) q[2];
ry(pi*0.006258193436) q[3];
ry(pi*-0.000323107672) q[4];
ry(pi*7.049996e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082139949822) q[0];
ry(pi*0.109179644218) q[1];
ry(pi*-0.035048494368) q[2];
ry(pi*-0.009144506278) q[3];
ry(pi*0.003810325379) q[4];
ry(pi*-3.075783e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.151016469132) q[0];
ry(pi*0.028633170414) q[1];
ry(pi*0.227949139649) q[2];
ry(pi*-0.022189771537) q[3];
ry(pi*-0.004024922274) q[4];
ry(pi*-0.049319012558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.083131778667) q[0];
ry(pi*-0.025250142144) q[1];
ry(pi*-0.171568052998) q[2];
ry(pi*0.073214358222) q[3];
ry(pi*-0.005522363283) q[4];
ry(pi*-0.002688389731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.186234442312) q[0];
ry(pi*-0.037942462121) q[1];
ry(pi*0.019077304135) q[2];
ry(pi*0.11852201491) q[3];
ry(pi*0.074594497551) q[4];
ry(pi*0.002043229894) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
