// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.382767178237) q[0];
ry(pi*0.020084109593) q[1];
ry(pi*-0.034314550225) q[2];
ry(pi*0.014867016634) q[3];
ry(pi*0.107970359225) q[4];
ry(pi*-0.00784132575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00719609106) q[0];
ry(pi*0.008161027221) q[1];
ry(pi*-0.501251570188) q[2];
ry(pi*-0.426552181802) q[3];
ry(pi*0.004100427584) q[4];
ry(pi*-0.007369732612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015786341124) q[0];
ry(pi*0.003450292886) q[1];
ry(pi*0.016189714784) q[2];
ry(pi*0.047869366568) q[3];
ry(pi*-0.326018058226) q[4];
ry(pi*0.001957282013) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03576143568) q[0];
ry(pi*0.375783916938) q[1];
ry(pi*0.01773526327) q[2];
ry(pi*0.445066813531) q[3];
ry(pi*-0.154275863863) q[4];
ry(pi*-0.346504072277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02150577078) q[0];
ry(pi*-0.453445823986) q[1];
ry(pi*-0.153048972161) q[2];
ry(pi*-0.015792508453) q[3];
ry(pi*0.461726100262) q[4];
ry(pi*0.001491698048) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
