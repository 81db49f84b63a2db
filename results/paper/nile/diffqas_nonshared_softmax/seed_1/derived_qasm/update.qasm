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
ry(pi*0.090748634875) q[0];
ry(pi*0.039491473134) q[1];
ry(pi*0.019586874193) q[2];
ry(pi*0.117946609418) q[3];
ry(pi*0.029982445826) q[4];
ry(pi*0.072069258035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104089872626) q[0];
ry(pi*-0.066722780423) q[1];
ry(pi*0.098343700882) q[2];
ry(pi*0.364306542948) q[3];
ry(pi*-0.010807203181) q[4];
ry(pi*0.112816976083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.033893803457) q[0];
ry(pi*0.061356751395) q[1];
ry(pi*0.12794363477) q[2];
ry(pi*0.206125907368) q[3];
ry(pi*-0.069577638228) q[4];
ry(pi*0.070461265493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020385031601) q[0];
ry(pi*0.281505525678) q[1];
ry(pi*-0.022817492009) q[2];
ry(pi*-0.247273774895) q[3];
ry(pi*-0.279221093019) q[4];
ry(pi*-0.034175567733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044451501962) q[0];
ry(pi*-0.01872470392) q[1];
ry(pi*0.037213597931) q[2];
ry(pi*0.027658248659) q[3];
ry(pi*0.027176383556) q[4];
ry(pi*-0.002553924828) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
