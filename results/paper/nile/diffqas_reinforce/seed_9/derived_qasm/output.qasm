// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.490737328762) q[0];
ry(pi*-0.097138125061) q[1];
ry(pi*0.03622972341) q[2];
ry(pi*-0.195023662545) q[3];
ry(pi*-0.497909976028) q[4];
ry(pi*0.493153052835) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.447138447851) q[0];
ry(pi*-0.050214976852) q[1];
ry(pi*-0.004307586866) q[2];
ry(pi*-0.051307285369) q[3];
ry(pi*0.075943796678) q[4];
ry(pi*-0.012984048502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0007197987) q[0];
ry(pi*-0.005135025153) q[1];
ry(pi*-0.010683644347) q[2];
ry(pi*0.140539973987) q[3];
ry(pi*-0.009270886122) q[4];
ry(pi*0.003885863298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.476062857058) q[0];
ry(pi*0.093647794045) q[1];
ry(pi*0.090447470964) q[2];
ry(pi*0.2383934665) q[3];
ry(pi*0.040981727918) q[4];
ry(pi*-0.043542157138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.3418669e-05) q[0];
ry(pi*-0.043160472886) q[1];
ry(pi*0.012791562862) q[2];
ry(pi*-0.009443309267) q[3];
ry(pi*-0.499167793309) q[4];
ry(pi*-0.004767871951) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
