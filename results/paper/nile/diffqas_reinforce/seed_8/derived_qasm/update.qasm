// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003888707135) q[0];
ry(pi*0.286726693034) q[1];
ry(pi*0.045112170983) q[2];
ry(pi*-0.001315562617) q[3];
ry(pi*0.004445832682) q[4];
ry(pi*-0.014267547769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000252603089) q[0];
ry(pi*0.004414987441) q[1];
ry(pi*0.073456085257) q[2];
ry(pi*-0.494634938266) q[3];
ry(pi*0.029124756679) q[4];
ry(pi*-0.352869467074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037475445565) q[0];
ry(pi*0.365644577006) q[1];
ry(pi*-0.006559960917) q[2];
ry(pi*-0.000151305551) q[3];
ry(pi*0.08024558737) q[4];
ry(pi*0.097768807654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019169036185) q[0];
ry(pi*-0.062898723518) q[1];
ry(pi*0.118654473148) q[2];
ry(pi*-0.076269791172) q[3];
ry(pi*-0.498741361832) q[4];
ry(pi*-0.319341624203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013393175648) q[0];
ry(pi*0.103263192063) q[1];
ry(pi*-0.32026092972) q[2];
ry(pi*0.045288271283) q[3];
ry(pi*0.061314295129) q[4];
ry(pi*-0.003370940851) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
