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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018041368395) q[0];
rx(pi*0.37228815023) q[1];
rx(pi*0.452757948046) q[2];
rx(pi*-0.034025813464) q[3];
rx(pi*-0.001275896383) q[4];
rx(pi*0.005843491861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020937480068) q[0];
rx(pi*0.085769436456) q[1];
rx(pi*-0.020098241918) q[2];
rx(pi*-0.009102280057) q[3];
rx(pi*-0.000528247208) q[4];
rx(pi*0.003323117372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.017739858232) q[0];
rx(pi*0.05785278846) q[1];
rx(pi*0.088877267392) q[2];
rx(pi*-0.015166086428) q[3];
rx(pi*3.8446318e-05) q[4];
rx(pi*-0.003468003353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005190682894) q[0];
rx(pi*0.10110018499) q[1];
rx(pi*-0.01614486558) q[2];
rx(pi*0.01072910898) q[3];
rx(pi*-0.002517735201) q[4];
rx(pi*0.00274173754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01796963718) q[0];
rx(pi*0.375274536608) q[1];
rx(pi*0.443374027036) q[2];
rx(pi*-0.032864486835) q[3];
rx(pi*0.003264731113) q[4];
rx(pi*0.005048957062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
