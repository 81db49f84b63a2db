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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108743659962) q[0];
ry(pi*-0.465170526715) q[1];
ry(pi*0.209881202292) q[2];
ry(pi*-0.016681034244) q[3];
ry(pi*0.473958096319) q[4];
ry(pi*0.034855150211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.067079999317) q[0];
ry(pi*0.084120647763) q[1];
ry(pi*0.296975202156) q[2];
ry(pi*-0.10839546261) q[3];
ry(pi*0.155764494106) q[4];
ry(pi*0.03346509525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0307597759) q[0];
ry(pi*-0.0037245985) q[1];
ry(pi*-0.009132195336) q[2];
ry(pi*0.495997067714) q[3];
ry(pi*0.009471990726) q[4];
ry(pi*0.03529579702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006798328591) q[0];
ry(pi*0.075042975361) q[1];
ry(pi*0.001762380164) q[2];
ry(pi*-0.05180952246) q[3];
ry(pi*-0.034342554001) q[4];
ry(pi*-0.133072993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010120013817) q[0];
ry(pi*0.222142795836) q[1];
ry(pi*0.036697332865) q[2];
ry(pi*0.000353312434) q[3];
ry(pi*0.00560174526) q[4];
ry(pi*0.000514583384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
