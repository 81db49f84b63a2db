// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.146695264576) q[0];
ry(pi*0.177681869161) q[1];
ry(pi*0.026027526765) q[2];
ry(pi*0.016503808622) q[3];
ry(pi*-0.144368427826) q[4];
ry(pi*0.125018938281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.147634064591) q[0];
ry(pi*-0.089363690698) q[1];
ry(pi*0.296571025712) q[2];
ry(pi*0.134909166035) q[3];
ry(pi*-0.121331537334) q[4];
ry(pi*0.088300467403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.131708264285) q[0];
ry(pi*0.096440601479) q[1];
ry(pi*-0.183224245136) q[2];
ry(pi*0.069736942904) q[3];
ry(pi*0.060746170429) q[4];
ry(pi*-0.207673647207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.11427818122) q[0];
ry(pi*-0.199049812415) q[1];
ry(pi*-0.149089919413) q[2];
ry(pi*0.261341820665) q[3];
ry(pi*0.010636674939) q[4];
ry(pi*0.298595816319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092990502174) q[0];
ry(pi*0.040720634451) q[1];
ry(pi*0.014867819419) q[2];
ry(pi*0.049313695446) q[3];
ry(pi*-0.022076957207) q[4];
ry(pi*-0.001866037178) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
