// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.025535928643) q[0];
ry(pi*-0.089142098491) q[1];
ry(pi*-0.044303400694) q[2];
ry(pi*0.008810371289) q[3];
ry(pi*-0.003746907191) q[4];
ry(pi*-0.025293319375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072290679487) q[0];
ry(pi*0.110583466279) q[1];
ry(pi*0.099358050378) q[2];
ry(pi*0.060015458767) q[3];
ry(pi*-0.009324986319) q[4];
ry(pi*-0.002986423434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029693782584) q[0];
ry(pi*0.052589634413) q[1];
ry(pi*0.09591638446) q[2];
ry(pi*0.117189027603) q[3];
ry(pi*0.405009461596) q[4];
ry(pi*0.023873145177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052450222663) q[0];
ry(pi*0.36597921833) q[1];
ry(pi*0.038026527994) q[2];
ry(pi*-0.238295889659) q[3];
ry(pi*0.244664813387) q[4];
ry(pi*-0.486060167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.206290420064) q[0];
ry(pi*0.082680293677) q[1];
ry(pi*0.392329974312) q[2];
ry(pi*-0.005146726595) q[3];
ry(pi*-0.003159347875) q[4];
ry(pi*-0.004648946321) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
