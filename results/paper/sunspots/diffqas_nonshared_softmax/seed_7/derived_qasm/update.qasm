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
ry(pi*0.056450526907) q[0];
ry(pi*-0.113430583203) q[1];
ry(pi*0.194915726584) q[2];
ry(pi*-0.059261984552) q[3];
ry(pi*-0.020568739974) q[4];
ry(pi*0.001267204345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.184107483459) q[0];
ry(pi*-0.112363963786) q[1];
ry(pi*-0.012840282507) q[2];
ry(pi*-0.046360596754) q[3];
ry(pi*0.072305781794) q[4];
ry(pi*0.009432815559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077597380733) q[0];
ry(pi*0.060298223856) q[1];
ry(pi*0.101479782239) q[2];
ry(pi*0.006907061408) q[3];
ry(pi*0.016025706052) q[4];
ry(pi*0.045883028978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026838635445) q[0];
ry(pi*0.018293742699) q[1];
ry(pi*0.068770347813) q[2];
ry(pi*-0.187846310038) q[3];
ry(pi*-0.082691923971) q[4];
ry(pi*0.089354754534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035757802399) q[0];
ry(pi*-0.004454708667) q[1];
ry(pi*0.077420587927) q[2];
ry(pi*0.006016552964) q[3];
ry(pi*-0.024037091062) q[4];
ry(pi*0.002312673149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
