// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.012966239021) q[0];
rx(pi*-0.075996019166) q[1];
rx(pi*-0.229512702759) q[2];
rx(pi*-0.062674019781) q[3];
rx(pi*-0.090904135515) q[4];
rx(pi*0.200655703726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.297045477214) q[0];
rx(pi*0.121562521051) q[1];
rx(pi*-0.034838670008) q[2];
rx(pi*0.216048388794) q[3];
rx(pi*0.012405882476) q[4];
rx(pi*0.02156180679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.035203900145) q[0];
rx(pi*-0.039222939978) q[1];
rx(pi*0.032630386844) q[2];
rx(pi*0.121660809371) q[3];
rx(pi*0.001028436613) q[4];
rx(pi*-0.266852037832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002241430482) q[0];
rx(pi*-0.217710705056) q[1];
rx(pi*0.206004576647) q[2];
rx(pi*-0.208786569614) q[3];
rx(pi*0.025144883712) q[4];
rx(pi*0.102223570867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.121269695663) q[0];
rx(pi*0.058076064498) q[1];
rx(pi*0.034390690233) q[2];
rx(pi*0.043758645676) q[3];
rx(pi*0.044592626003) q[4];
rx(pi*-0.0022399429) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
