// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.012305765658) q[0];
ry(pi*-0.127291285299) q[1];
ry(pi*0.002611853074) q[2];
ry(pi*-0.028575924891) q[3];
ry(pi*-0.500065659621) q[4];
ry(pi*-0.01074687933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022144310462) q[0];
ry(pi*0.493787577409) q[1];
ry(pi*-0.018835373143) q[2];
ry(pi*0.06678605928) q[3];
ry(pi*0.065681835878) q[4];
ry(pi*-0.010285210717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005221102137) q[0];
ry(pi*0.003289664268) q[1];
ry(pi*0.03876413625) q[2];
ry(pi*-0.00384426881) q[3];
ry(pi*-0.000965087498) q[4];
ry(pi*0.013512942303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018541047722) q[0];
ry(pi*0.0459456011) q[1];
ry(pi*0.037694156285) q[2];
ry(pi*-0.000276252452) q[3];
ry(pi*0.000202619904) q[4];
ry(pi*2.6893409e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031411198077) q[0];
ry(pi*0.044337708165) q[1];
ry(pi*-0.016732187143) q[2];
ry(pi*-0.003271469106) q[3];
ry(pi*0.000927017568) q[4];
ry(pi*-0.002661377874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
