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
ry(pi*0.0124278126) q[0];
ry(pi*-0.200512155917) q[1];
ry(pi*0.044242502917) q[2];
ry(pi*-0.006686849468) q[3];
ry(pi*0.341935814087) q[4];
ry(pi*-0.090747098082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002621598544) q[0];
ry(pi*0.301155353819) q[1];
ry(pi*-0.411393942977) q[2];
ry(pi*0.427659431357) q[3];
ry(pi*-0.421281021255) q[4];
ry(pi*-0.084249852175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015593133333) q[0];
ry(pi*0.002999929066) q[1];
ry(pi*0.001443857671) q[2];
ry(pi*0.1776762722) q[3];
ry(pi*0.045084096059) q[4];
ry(pi*0.04296360217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010262636704) q[0];
ry(pi*0.208459517389) q[1];
ry(pi*0.019226445348) q[2];
ry(pi*-0.017396540434) q[3];
ry(pi*0.019305567635) q[4];
ry(pi*-0.007467332576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001250131984) q[0];
ry(pi*0.046013755953) q[1];
ry(pi*0.049167586316) q[2];
ry(pi*-0.151226658717) q[3];
ry(pi*-0.020180372572) q[4];
ry(pi*-0.000884947057) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
