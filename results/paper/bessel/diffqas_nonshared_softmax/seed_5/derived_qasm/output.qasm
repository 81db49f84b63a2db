// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.075090222246) q[0];
ry(pi*-0.38463720814) q[1];
ry(pi*-0.125334673261) q[2];
ry(pi*-0.033662241072) q[3];
ry(pi*-0.008669961099) q[4];
ry(pi*0.053405045163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011075138695) q[0];
ry(pi*0.095603191827) q[1];
ry(pi*-0.056162084224) q[2];
ry(pi*-0.10945268103) q[3];
ry(pi*-0.018232578118) q[4];
ry(pi*0.031882338834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007945440482) q[0];
ry(pi*-0.103505692238) q[1];
ry(pi*0.04295052046) q[2];
ry(pi*0.011627970175) q[3];
ry(pi*-0.120702315643) q[4];
ry(pi*0.129311626797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019654041277) q[0];
ry(pi*-0.080173396065) q[1];
ry(pi*-0.370365338142) q[2];
ry(pi*-0.351364396945) q[3];
ry(pi*-0.130377771894) q[4];
ry(pi*-0.267926483507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.313153833298) q[0];
ry(pi*-0.166715848667) q[1];
ry(pi*-0.021923496138) q[2];
ry(pi*-0.119154395564) q[3];
ry(pi*-0.188122401463) q[4];
ry(pi*0.002171505234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
