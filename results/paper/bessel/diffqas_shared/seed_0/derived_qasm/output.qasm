// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.232788252785) q[0];
ry(pi*0.175118157656) q[1];
ry(pi*-0.148377597087) q[2];
ry(pi*-0.136838144266) q[3];
ry(pi*-0.008143705102) q[4];
ry(pi*-4.3291e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.156225996707) q[0];
ry(pi*0.229970173652) q[1];
ry(pi*0.120730328905) q[2];
ry(pi*-0.07183509164) q[3];
ry(pi*0.001712698986) q[4];
ry(pi*9.221e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096111670952) q[0];
ry(pi*0.076909998084) q[1];
ry(pi*-0.10706904936) q[2];
ry(pi*0.112605022032) q[3];
ry(pi*0.015318850249) q[4];
ry(pi*-3.4652e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038400008904) q[0];
ry(pi*0.057963712629) q[1];
ry(pi*0.146645764677) q[2];
ry(pi*0.177765956379) q[3];
ry(pi*-0.028954571132) q[4];
ry(pi*-1.6069e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.079276179569) q[0];
ry(pi*0.051186163348) q[1];
ry(pi*-0.024301545077) q[2];
ry(pi*-0.139185281856) q[3];
ry(pi*-0.459027226903) q[4];
ry(pi*0.003707796057) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
