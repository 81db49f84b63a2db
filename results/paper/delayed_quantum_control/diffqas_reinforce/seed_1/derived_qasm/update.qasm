// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.309573239434) q[0];
ry(pi*-0.036215721523) q[1];
ry(pi*-0.04627700757) q[2];
ry(pi*0.108545489613) q[3];
ry(pi*0.089159354205) q[4];
ry(pi*0.054845242725) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.557978416193) q[0];
ry(pi*0.195645608188) q[1];
ry(pi*-0.018596640245) q[2];
ry(pi*-0.493862026471) q[3];
ry(pi*-0.35904137779) q[4];
ry(pi*-0.50832586273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497682910183) q[0];
ry(pi*0.432333481588) q[1];
ry(pi*-0.355086925933) q[2];
ry(pi*0.002296594783) q[3];
ry(pi*0.005732918687) q[4];
ry(pi*0.095427229079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027855356535) q[0];
ry(pi*-0.513700500642) q[1];
ry(pi*0.023913357916) q[2];
ry(pi*-0.497223883526) q[3];
ry(pi*-0.2470332384) q[4];
ry(pi*0.120792929486) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05323767707) q[0];
ry(pi*-0.484975798578) q[1];
ry(pi*-0.011923294037) q[2];
ry(pi*0.01874841274) q[3];
ry(pi*0.151593923681) q[4];
ry(pi*-0.001357741407) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
