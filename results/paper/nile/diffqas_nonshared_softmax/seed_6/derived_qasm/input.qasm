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
ry(pi*0.000972998096) q[0];
ry(pi*0.003255613818) q[1];
ry(pi*-0.000225807047) q[2];
ry(pi*-9.1427818e-05) q[3];
ry(pi*-0.000279628712) q[4];
ry(pi*0.003391280229) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000679877667) q[0];
ry(pi*0.00140739042) q[1];
ry(pi*0.340137842679) q[2];
ry(pi*-0.00024934678) q[3];
ry(pi*-0.001561549776) q[4];
ry(pi*0.000171235366) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000975218945) q[0];
ry(pi*0.00093699879) q[1];
ry(pi*-0.002247858093) q[2];
ry(pi*0.004683021969) q[3];
ry(pi*-0.061236511607) q[4];
ry(pi*0.003483862791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001941548417) q[0];
ry(pi*0.596562913724) q[1];
ry(pi*0.00511111119) q[2];
ry(pi*-0.499716219554) q[3];
ry(pi*-0.493341452219) q[4];
ry(pi*0.02939721245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094522589496) q[0];
ry(pi*0.019762078032) q[1];
ry(pi*0.000320682458) q[2];
ry(pi*-0.042986407413) q[3];
ry(pi*-0.004731928969) q[4];
ry(pi*0.000875076336) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
