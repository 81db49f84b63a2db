// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.068080043361) q[0];
ry(pi*0.002604322968) q[1];
ry(pi*0.004504722015) q[2];
ry(pi*0.047662364405) q[3];
ry(pi*0.506099828189) q[4];
ry(pi*0.000284272273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020680935317) q[0];
ry(pi*0.462805004533) q[1];
ry(pi*0.004127063247) q[2];
ry(pi*0.059228768014) q[3];
ry(pi*-0.476403228151) q[4];
ry(pi*-0.526618399474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.550246110815) q[0];
ry(pi*0.499885304681) q[1];
ry(pi*-0.014449648202) q[2];
ry(pi*0.063802300627) q[3];
ry(pi*-0.501592168955) q[4];
ry(pi*-0.013570721435) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000181032548) q[0];
ry(pi*0.007517220823) q[1];
ry(pi*-0.004257389422) q[2];
ry(pi*0.001525402096) q[3];
ry(pi*-0.500267491711) q[4];
ry(pi*0.008085535251) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.459051246401) q[0];
ry(pi*-0.527233306227) q[1];
ry(pi*0.001442313023) q[2];
ry(pi*0.002673374876) q[3];
ry(pi*0.500055717901) q[4];
ry(pi*0.00270980018) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
