// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.0168729e-05) q[0];
rx(pi*-0.08725979322) q[1];
rx(pi*-0.253761031651) q[2];
rx(pi*-0.00187702314) q[3];
rx(pi*-0.006441409111) q[4];
rx(pi*0.000185494164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070605520037) q[0];
rx(pi*-0.49842178487) q[1];
rx(pi*3.75891e-06) q[2];
rx(pi*-3.3470857e-05) q[3];
rx(pi*0.029982737532) q[4];
rx(pi*0.000757619242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.499936569045) q[0];
rx(pi*-0.009871030891) q[1];
rx(pi*-0.157600429982) q[2];
rx(pi*0.010702443969) q[3];
rx(pi*0.00590804782) q[4];
rx(pi*-0.006397271385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.209680774186) q[0];
rx(pi*-0.310831132607) q[1];
rx(pi*-0.501185696808) q[2];
rx(pi*0.371986066141) q[3];
rx(pi*0.028357636314) q[4];
rx(pi*0.0052020701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026645163222) q[0];
rx(pi*-0.179505548642) q[1];
rx(pi*-0.252663306414) q[2];
rx(pi*0.001880512495) q[3];
rx(pi*0.000520432474) q[4];
rx(pi*0.004592714655) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
