// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.771465920421) q[0];
rx(pi*1.650074589841) q[1];
rx(pi*0.562928330175) q[2];
rx(pi*1.212857257378) q[3];
rx(pi*1.163726568313) q[4];
rx(pi*1.272387213018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.474848363414) q[0];
rx(pi*0.575097640274) q[1];
rx(pi*0.07097568783) q[2];
rx(pi*0.377344197763) q[3];
rx(pi*0.328907949209) q[4];
rx(pi*1.034975605183) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.825187862646) q[0];
rx(pi*0.238093621196) q[1];
rx(pi*0.32724737844) q[2];
rx(pi*0.912580436641) q[3];
rx(pi*1.759498925586) q[4];
rx(pi*0.246087276173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.935092967818) q[0];
rx(pi*0.393773762466) q[1];
rx(pi*0.795905399746) q[2];
rx(pi*0.539445077335) q[3];
rx(pi*1.007872579756) q[4];
rx(pi*0.806677139304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.711359420924) q[0];
rx(pi*0.360186724623) q[1];
rx(pi*0.785734489162) q[2];
rx(pi*1.462154229169) q[3];
rx(pi*1.644830218814) q[4];
rx(pi*1.660470744886) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
