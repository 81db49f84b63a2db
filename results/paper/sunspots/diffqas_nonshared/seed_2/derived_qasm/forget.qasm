// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.349635030992) q[0];
rx(pi*-0.07176974001) q[1];
rx(pi*0.080949571173) q[2];
rx(pi*-0.100416615863) q[3];
rx(pi*0.086174210542) q[4];
rx(pi*0.003758128978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.433017562979) q[0];
rx(pi*-0.096766410989) q[1];
rx(pi*-0.157617932342) q[2];
rx(pi*-0.021695156748) q[3];
rx(pi*0.102534866225) q[4];
rx(pi*1.9458206e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.447998596341) q[0];
rx(pi*-0.192668252837) q[1];
rx(pi*0.088208686736) q[2];
rx(pi*-0.099620187347) q[3];
rx(pi*0.089272261027) q[4];
rx(pi*-0.000333417952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067241400481) q[0];
rx(pi*-0.056724697341) q[1];
rx(pi*-0.084299959202) q[2];
rx(pi*-0.017138411458) q[3];
rx(pi*0.105154775008) q[4];
rx(pi*-0.003147358581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202308969987) q[0];
rx(pi*-0.08226746566) q[1];
rx(pi*0.086365256625) q[2];
rx(pi*-0.09762205345) q[3];
rx(pi*0.086240861805) q[4];
rx(pi*-0.001101664231) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
