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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056061941319) q[0];
ry(pi*0.022982894052) q[1];
ry(pi*-0.151455830537) q[2];
ry(pi*0.039476273591) q[3];
ry(pi*0.102780003611) q[4];
ry(pi*0.317949536787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07724217295) q[0];
ry(pi*-0.330328173211) q[1];
ry(pi*0.044364948287) q[2];
ry(pi*0.418316301755) q[3];
ry(pi*0.049975611924) q[4];
ry(pi*-0.076238894052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.116966685973) q[0];
ry(pi*-0.152975196631) q[1];
ry(pi*-0.059518832867) q[2];
ry(pi*0.102794413413) q[3];
ry(pi*-0.004529938576) q[4];
ry(pi*-0.183863342142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.089374998455) q[0];
ry(pi*0.134420712646) q[1];
ry(pi*0.209158568278) q[2];
ry(pi*-0.096303162894) q[3];
ry(pi*0.516141534361) q[4];
ry(pi*0.171177916388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.040069560898) q[0];
ry(pi*0.127786360178) q[1];
ry(pi*-0.04399888335) q[2];
ry(pi*0.310523223884) q[3];
ry(pi*-0.189411713505) q[4];
ry(pi*-0.003757232219) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
