// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.001775850666) q[0];
ry(pi*0.010794715556) q[1];
ry(pi*0.028099573743) q[2];
ry(pi*0.000561198017) q[3];
ry(pi*-0.015931793322) q[4];
ry(pi*0.004056883646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028705703229) q[0];
ry(pi*0.165727159812) q[1];
ry(pi*0.449077234993) q[2];
ry(pi*-0.004879373307) q[3];
ry(pi*0.006361927527) q[4];
ry(pi*-0.005244304622) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004313830975) q[0];
ry(pi*-0.172522382208) q[1];
ry(pi*0.185228317502) q[2];
ry(pi*-0.011104918795) q[3];
ry(pi*-0.072348451503) q[4];
ry(pi*-0.020983434435) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020619736348) q[0];
ry(pi*0.250622407945) q[1];
ry(pi*-0.158281855188) q[2];
ry(pi*0.491323055429) q[3];
ry(pi*-0.504740544653) q[4];
ry(pi*-0.079779948709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.040680184553) q[0];
ry(pi*0.026024915641) q[1];
ry(pi*0.010205937834) q[2];
ry(pi*-0.026222263048) q[3];
ry(pi*-0.024248032442) q[4];
ry(pi*-0.003239926913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
