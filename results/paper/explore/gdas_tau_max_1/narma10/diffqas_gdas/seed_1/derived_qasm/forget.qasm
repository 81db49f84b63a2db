// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.000304720022) q[0];
rz(pi*-0.000568089126) q[1];
rz(pi*0.000644972555) q[2];
rz(pi*-0.005111254672) q[3];
rz(pi*0.005768507411) q[4];
rz(pi*-0.001918322217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004900887513) q[0];
rz(pi*0.001969836784) q[1];
rz(pi*-0.001129376819) q[2];
rz(pi*0.001034056919) q[3];
rz(pi*-0.001081007429) q[4];
rz(pi*-0.000190159237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00078231961) q[0];
rz(pi*-0.002376670302) q[1];
rz(pi*0.002160494963) q[2];
rz(pi*-0.001495738205) q[3];
rz(pi*-0.002768300276) q[4];
rz(pi*0.000245201735) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001416610582) q[0];
rz(pi*-0.000729181984) q[1];
rz(pi*-0.002745485843) q[2];
rz(pi*0.001972838925) q[3];
rz(pi*-0.005603300432) q[4];
rz(pi*-0.003281342346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0001258054) q[0];
rz(pi*-0.004332386619) q[1];
rz(pi*8.9108641e-05) q[2];
rz(pi*-0.000174634878) q[3];
rz(pi*0.002860777598) q[4];
rz(pi*-0.002911868243) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
