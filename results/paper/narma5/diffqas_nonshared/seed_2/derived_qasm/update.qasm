// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.00819025711) q[0];
ry(pi*0.329090049642) q[1];
ry(pi*-0.00848390307) q[2];
ry(pi*0.012637980841) q[3];
ry(pi*-0.252871854857) q[4];
ry(pi*-0.001421812969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014922189385) q[0];
ry(pi*0.044800908827) q[1];
ry(pi*-0.064116731232) q[2];
ry(pi*0.329130006248) q[3];
ry(pi*0.494603215832) q[4];
ry(pi*-0.022497454958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017699787789) q[0];
ry(pi*-0.018423230517) q[1];
ry(pi*0.020640447474) q[2];
ry(pi*0.030423842058) q[3];
ry(pi*-0.005341773556) q[4];
ry(pi*-0.013626751516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105557803601) q[0];
ry(pi*0.251611741874) q[1];
ry(pi*-0.012004441664) q[2];
ry(pi*-0.029936019512) q[3];
ry(pi*0.004569285979) q[4];
ry(pi*-0.014621707307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069559742184) q[0];
ry(pi*-0.147287223791) q[1];
ry(pi*-0.006386527473) q[2];
ry(pi*-0.003501309715) q[3];
ry(pi*-0.003211635878) q[4];
ry(pi*-0.002173590458) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
