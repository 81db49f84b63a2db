// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.045175781862) q[0];
rx(pi*-0.056785803818) q[1];
rx(pi*-0.034901744908) q[2];
rx(pi*0.007661327142) q[3];
rx(pi*-0.011903985709) q[4];
rx(pi*0.055962101977) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.0475924356) q[0];
rx(pi*0.059078394759) q[1];
rx(pi*-0.044941383051) q[2];
rx(pi*-0.00858812808) q[3];
rx(pi*-0.02658777066) q[4];
rx(pi*-0.000362934249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.133834037342) q[0];
rx(pi*-0.024922542082) q[1];
rx(pi*-0.067965599747) q[2];
rx(pi*0.222929007527) q[3];
rx(pi*-0.05250062851) q[4];
rx(pi*0.163216477136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.011403164459) q[0];
rx(pi*0.043052086322) q[1];
rx(pi*-0.063605482086) q[2];
rx(pi*-0.05179958074) q[3];
rx(pi*-0.033288302444) q[4];
rx(pi*0.003578574451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.036053717973) q[0];
rx(pi*0.004569345565) q[1];
rx(pi*-0.013131074253) q[2];
rx(pi*-0.050374547147) q[3];
rx(pi*-0.025394024348) q[4];
rx(pi*0.001474827866) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
