// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.018910266879) q[0];
ry(pi*-0.140728012889) q[1];
ry(pi*0.393522563286) q[2];
ry(pi*-0.023669792896) q[3];
ry(pi*-0.483939203535) q[4];
ry(pi*-0.002130984929) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.268824767219) q[0];
ry(pi*-0.31760072282) q[1];
ry(pi*0.308284211983) q[2];
ry(pi*0.058822860306) q[3];
ry(pi*0.060840692658) q[4];
ry(pi*-0.00077483249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019977829004) q[0];
ry(pi*-7.974854e-06) q[1];
ry(pi*0.003786508651) q[2];
ry(pi*-0.370965673825) q[3];
ry(pi*0.0043309355) q[4];
ry(pi*-0.093904960154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.109223281538) q[0];
ry(pi*0.005295230441) q[1];
ry(pi*0.006189088167) q[2];
ry(pi*0.002209799798) q[3];
ry(pi*0.011382351355) q[4];
ry(pi*-0.39295224249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032841814401) q[0];
ry(pi*-0.23331541058) q[1];
ry(pi*-0.230274610361) q[2];
ry(pi*0.00365856652) q[3];
ry(pi*0.000107654826) q[4];
ry(pi*0.000759219771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
