// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.223389248441) q[0];
ry(pi*-0.546346604036) q[1];
ry(pi*0.072203291011) q[2];
ry(pi*-0.174315989884) q[3];
ry(pi*-0.073585759244) q[4];
ry(pi*-0.013161494683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.303459043817) q[0];
ry(pi*-0.006635038452) q[1];
ry(pi*0.408004651329) q[2];
ry(pi*0.003904711537) q[3];
ry(pi*-0.42545627795) q[4];
ry(pi*0.004977885742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.129437577382) q[0];
ry(pi*-0.135375041855) q[1];
ry(pi*0.036848211269) q[2];
ry(pi*0.01319587093) q[3];
ry(pi*-0.093887381903) q[4];
ry(pi*0.081077219819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107816831751) q[0];
ry(pi*-0.194706115667) q[1];
ry(pi*-0.473139384311) q[2];
ry(pi*-0.162692601627) q[3];
ry(pi*0.149600751158) q[4];
ry(pi*0.426694780974) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011739021225) q[0];
ry(pi*-0.073013640781) q[1];
ry(pi*0.888461976207) q[2];
ry(pi*0.5532724538) q[3];
ry(pi*-0.500549464687) q[4];
ry(pi*-0.001968548268) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
