// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.108825043564) q[0];
ry(pi*-0.007530296604) q[1];
ry(pi*0.003750922298) q[2];
ry(pi*-0.004220364995) q[3];
ry(pi*-0.487040754492) q[4];
ry(pi*0.135430755329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16439732198) q[0];
ry(pi*0.407713723216) q[1];
ry(pi*0.452836039875) q[2];
ry(pi*-0.15964601472) q[3];
ry(pi*-0.159801799952) q[4];
ry(pi*-0.147693866692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014458284359) q[0];
ry(pi*0.010616952768) q[1];
ry(pi*0.018163070271) q[2];
ry(pi*0.228668662133) q[3];
ry(pi*0.011133578316) q[4];
ry(pi*0.007262206343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00562065101) q[0];
ry(pi*-0.004037015918) q[1];
ry(pi*0.015294840237) q[2];
ry(pi*0.04870698492) q[3];
ry(pi*-0.069919337414) q[4];
ry(pi*0.013661417098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003774326369) q[0];
ry(pi*-0.000412868631) q[1];
ry(pi*-0.131314114938) q[2];
ry(pi*-0.267618252248) q[3];
ry(pi*0.047307877587) q[4];
ry(pi*-0.003541311085) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
