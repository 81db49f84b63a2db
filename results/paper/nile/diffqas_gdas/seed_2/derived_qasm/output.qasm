// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.083316487852) q[0];
ry(pi*0.040824040669) q[1];
ry(pi*-0.00645251884) q[2];
ry(pi*-0.010060802243) q[3];
ry(pi*0.084461208584) q[4];
ry(pi*-0.239951148059) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065727811589) q[0];
ry(pi*-0.093137294323) q[1];
ry(pi*-0.004962765647) q[2];
ry(pi*-0.201514770769) q[3];
ry(pi*0.154840378998) q[4];
ry(pi*-0.044694794249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021178756501) q[0];
ry(pi*-0.004362902208) q[1];
ry(pi*0.009749335537) q[2];
ry(pi*0.028908901357) q[3];
ry(pi*-0.013875211505) q[4];
ry(pi*-0.1035587685) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030934647715) q[0];
ry(pi*-0.121264980935) q[1];
ry(pi*0.000423094793) q[2];
ry(pi*0.003777355486) q[3];
ry(pi*-0.008341715369) q[4];
ry(pi*-0.047495537034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005413901421) q[0];
ry(pi*0.032372203322) q[1];
ry(pi*-0.061214688203) q[2];
ry(pi*-0.380073996701) q[3];
ry(pi*-0.05826227253) q[4];
ry(pi*0.002952495715) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
