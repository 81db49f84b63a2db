// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.176941666382) q[0];
ry(pi*0.078917509261) q[1];
ry(pi*-0.059767456496) q[2];
ry(pi*-0.376307450938) q[3];
ry(pi*0.281795353371) q[4];
ry(pi*0.154383401397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009005618057) q[0];
ry(pi*-0.075524375631) q[1];
ry(pi*-0.030728942813) q[2];
ry(pi*-0.038061845764) q[3];
ry(pi*0.099528359248) q[4];
ry(pi*-0.076330655747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.243178734978) q[0];
ry(pi*0.442954008347) q[1];
ry(pi*0.309824950878) q[2];
ry(pi*0.458053583436) q[3];
ry(pi*-0.299622583478) q[4];
ry(pi*-0.453119151216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084609461635) q[0];
ry(pi*-0.049148257829) q[1];
ry(pi*0.063534642589) q[2];
ry(pi*-0.130564169654) q[3];
ry(pi*-0.171511760856) q[4];
ry(pi*0.340732258864) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026392097599) q[0];
ry(pi*-0.081867605516) q[1];
ry(pi*-0.274232797168) q[2];
ry(pi*-0.112358964467) q[3];
ry(pi*-0.125266959525) q[4];
ry(pi*0.000929532495) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
