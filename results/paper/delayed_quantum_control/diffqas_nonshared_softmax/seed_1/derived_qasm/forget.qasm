// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.086301214115) q[0];
ry(pi*0.006115488729) q[1];
ry(pi*-0.022137032041) q[2];
ry(pi*-0.493250762485) q[3];
ry(pi*-6.1217868e-05) q[4];
ry(pi*0.499403700454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004662808878) q[0];
ry(pi*0.548516023899) q[1];
ry(pi*-0.429390884312) q[2];
ry(pi*-0.429563574262) q[3];
ry(pi*-6.1681e-05) q[4];
ry(pi*2.0367965e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.537333182844) q[0];
ry(pi*0.500618942889) q[1];
ry(pi*-0.000677571219) q[2];
ry(pi*0.499817609917) q[3];
ry(pi*-0.528015211105) q[4];
ry(pi*0.486868368106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006604731859) q[0];
ry(pi*-1.1229936e-05) q[1];
ry(pi*0.000575273387) q[2];
ry(pi*0.526219478481) q[3];
ry(pi*-0.522074881747) q[4];
ry(pi*0.49634256145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502288051395) q[0];
ry(pi*0.500023046829) q[1];
ry(pi*-0.011752529821) q[2];
ry(pi*-0.49819931043) q[3];
ry(pi*0.07474236166) q[4];
ry(pi*0.002989598998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
