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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112617268941) q[0];
ry(pi*0.014297168971) q[1];
ry(pi*0.066039434226) q[2];
ry(pi*-0.045522788674) q[3];
ry(pi*-0.067745506388) q[4];
ry(pi*-0.015232432941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.175293010499) q[0];
ry(pi*0.222729831622) q[1];
ry(pi*-0.045732551373) q[2];
ry(pi*-0.376276145904) q[3];
ry(pi*0.221493946837) q[4];
ry(pi*0.02936059979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.241494448274) q[0];
ry(pi*0.121759183067) q[1];
ry(pi*0.344450879467) q[2];
ry(pi*-0.411505350951) q[3];
ry(pi*-0.129513269159) q[4];
ry(pi*0.020190831299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063323053764) q[0];
ry(pi*0.270110265739) q[1];
ry(pi*-0.148836908336) q[2];
ry(pi*0.278550159742) q[3];
ry(pi*0.216499446898) q[4];
ry(pi*0.097985447973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.132274221349) q[0];
ry(pi*0.032871938381) q[1];
ry(pi*-0.263496403839) q[2];
ry(pi*0.128121712979) q[3];
ry(pi*-0.036175885867) q[4];
ry(pi*-0.001417701664) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
