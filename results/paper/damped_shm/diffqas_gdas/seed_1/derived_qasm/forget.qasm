// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.103578130189) q[0];
rx(pi*-0.123279146803) q[1];
rx(pi*-0.086532899823) q[2];
rx(pi*0.154117412961) q[3];
rx(pi*0.010269260565) q[4];
rx(pi*0.023807734258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.086563664134) q[0];
rx(pi*0.148347278636) q[1];
rx(pi*-0.110720876404) q[2];
rx(pi*0.022481477533) q[3];
rx(pi*0.057651757968) q[4];
rx(pi*0.029585834765) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.109292133639) q[0];
rx(pi*-0.059625957743) q[1];
rx(pi*-0.002852343619) q[2];
rx(pi*0.014841313304) q[3];
rx(pi*0.015461964056) q[4];
rx(pi*0.014383971664) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.067186706793) q[0];
rx(pi*0.019704027353) q[1];
rx(pi*-0.090511817038) q[2];
rx(pi*-0.080620394) q[3];
rx(pi*-0.062038105453) q[4];
rx(pi*0.007957141924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004740318481) q[0];
rx(pi*0.000971348208) q[1];
rx(pi*0.021505322549) q[2];
rx(pi*-0.006273970462) q[3];
rx(pi*-0.006537860631) q[4];
rx(pi*-0.000985738741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
