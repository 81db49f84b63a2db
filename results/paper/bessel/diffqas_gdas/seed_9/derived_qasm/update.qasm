// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.168647293355) q[0];
ry(pi*-0.032866884516) q[1];
ry(pi*0.033194856919) q[2];
ry(pi*0.007359589899) q[3];
ry(pi*-0.06097570273) q[4];
ry(pi*-0.000361028636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007279272922) q[0];
ry(pi*-0.004880718) q[1];
ry(pi*0.091605709779) q[2];
ry(pi*0.084857293152) q[3];
ry(pi*0.000777783641) q[4];
ry(pi*0.000126040558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000393111701) q[0];
ry(pi*-0.000878619497) q[1];
ry(pi*-0.013961078604) q[2];
ry(pi*-0.000447276301) q[3];
ry(pi*0.015728358035) q[4];
ry(pi*-0.000482892633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075391329238) q[0];
ry(pi*-0.0361609472) q[1];
ry(pi*-0.000134392643) q[2];
ry(pi*0.000243363361) q[3];
ry(pi*0.000337979786) q[4];
ry(pi*0.000317238423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05277644483) q[0];
ry(pi*-0.000324624973) q[1];
ry(pi*0.010356340734) q[2];
ry(pi*-0.001397683488) q[3];
ry(pi*0.019390487282) q[4];
ry(pi*0.000773853466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
