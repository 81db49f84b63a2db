// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.019963677705) q[0];
ry(pi*0.224958067002) q[1];
ry(pi*0.098942490285) q[2];
ry(pi*-0.011946994556) q[3];
ry(pi*-0.003362781976) q[4];
ry(pi*0.042218760554) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.111491748629) q[0];
ry(pi*-0.127986351911) q[1];
ry(pi*0.011728488978) q[2];
ry(pi*0.030638772458) q[3];
ry(pi*-0.00100206983) q[4];
ry(pi*0.156296935811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080506130627) q[0];
ry(pi*0.018717078061) q[1];
ry(pi*-0.004907067886) q[2];
ry(pi*0.004205020192) q[3];
ry(pi*0.0024146699) q[4];
ry(pi*0.002121075671) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01959656571) q[0];
ry(pi*-0.028198606743) q[1];
ry(pi*-0.239352994242) q[2];
ry(pi*0.04254341747) q[3];
ry(pi*0.00815947027) q[4];
ry(pi*-0.003767123246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003623547571) q[0];
ry(pi*-0.038650088692) q[1];
ry(pi*-0.042973714644) q[2];
ry(pi*-0.000176727587) q[3];
ry(pi*-0.147821818902) q[4];
ry(pi*0.002938649166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
