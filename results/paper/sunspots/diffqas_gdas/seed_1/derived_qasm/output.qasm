// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001464917718) q[0];
ry(pi*-0.000839210728) q[1];
ry(pi*0.000967127217) q[2];
ry(pi*8.409852e-05) q[3];
ry(pi*0.20155931878) q[4];
ry(pi*-0.00024146968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002224580903) q[0];
ry(pi*0.202211601846) q[1];
ry(pi*0.001653979815) q[2];
ry(pi*-0.328820750461) q[3];
ry(pi*0.500644480207) q[4];
ry(pi*0.499982179531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000758013149) q[0];
ry(pi*0.000763235694) q[1];
ry(pi*-0.001734017981) q[2];
ry(pi*-0.176851963231) q[3];
ry(pi*-0.500329418759) q[4];
ry(pi*0.687023077457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001787096318) q[0];
ry(pi*0.195175425554) q[1];
ry(pi*0.001728609266) q[2];
ry(pi*-0.000275757864) q[3];
ry(pi*-0.000237728343) q[4];
ry(pi*-0.490925386637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012351276536) q[0];
ry(pi*-0.204497761025) q[1];
ry(pi*0.001557147802) q[2];
ry(pi*0.514184305709) q[3];
ry(pi*-0.000210118252) q[4];
ry(pi*0.005548013845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
