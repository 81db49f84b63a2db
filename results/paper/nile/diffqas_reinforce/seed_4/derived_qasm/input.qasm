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
ry(pi*-0.504057867245) q[0];
ry(pi*-0.156524324192) q[1];
ry(pi*0.035567932626) q[2];
ry(pi*0.306709018579) q[3];
ry(pi*-0.006587898288) q[4];
ry(pi*-0.305325260198) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005709137534) q[0];
ry(pi*-0.045867964616) q[1];
ry(pi*0.274414518145) q[2];
ry(pi*0.326967758085) q[3];
ry(pi*-0.014032418507) q[4];
ry(pi*0.020946613075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015672578157) q[0];
ry(pi*-0.039825125503) q[1];
ry(pi*0.005457673328) q[2];
ry(pi*0.178796366306) q[3];
ry(pi*0.164498693371) q[4];
ry(pi*0.017318002745) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005862451564) q[0];
ry(pi*-0.536627738139) q[1];
ry(pi*0.020789039662) q[2];
ry(pi*0.518241855476) q[3];
ry(pi*0.423783526676) q[4];
ry(pi*0.18074801697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001786436126) q[0];
ry(pi*0.131885555126) q[1];
ry(pi*0.020621956159) q[2];
ry(pi*0.000659874833) q[3];
ry(pi*-0.042651495727) q[4];
ry(pi*0.00088053026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
