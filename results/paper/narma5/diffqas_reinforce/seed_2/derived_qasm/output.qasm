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
rx(pi*0.030359911972) q[0];
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
ry(pi*0.002056930145) q[0];
ry(pi*0.033896891272) q[1];
ry(pi*0.028443990775) q[2];
ry(pi*-0.05019940497) q[3];
ry(pi*-0.00548280629) q[4];
ry(pi*0.000214303874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006076234707) q[0];
ry(pi*0.015680885849) q[1];
ry(pi*-0.000440419839) q[2];
ry(pi*0.017833224309) q[3];
ry(pi*0.001507630116) q[4];
ry(pi*-0.003427612152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001988646337) q[0];
ry(pi*0.036946509075) q[1];
ry(pi*0.021832272795) q[2];
ry(pi*0.000355904067) q[3];
ry(pi*0.000668464226) q[4];
ry(pi*0.001102073997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005268043087) q[0];
ry(pi*0.02133683032) q[1];
ry(pi*0.008295450324) q[2];
ry(pi*0.000454145807) q[3];
ry(pi*-0.003343490842) q[4];
ry(pi*-0.005021244992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018328257685) q[0];
ry(pi*0.031144678404) q[1];
ry(pi*0.036450473701) q[2];
ry(pi*-0.057308389181) q[3];
ry(pi*-0.082735769991) q[4];
ry(pi*0.008673664342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
