// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.045653686404) q[0];
ry(pi*0.117120156529) q[1];
ry(pi*0.103217913601) q[2];
ry(pi*0.230335190345) q[3];
ry(pi*3.7346964e-05) q[4];
ry(pi*0.065510929366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.044980452682) q[0];
ry(pi*0.099317723803) q[1];
ry(pi*-0.011798743877) q[2];
ry(pi*0.065864363197) q[3];
ry(pi*0.001240878175) q[4];
ry(pi*0.015278089672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.075413679135) q[0];
ry(pi*0.056965063082) q[1];
ry(pi*0.019182940837) q[2];
ry(pi*-0.063953461251) q[3];
ry(pi*0.003696728423) q[4];
ry(pi*-0.018897110464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.088530701697) q[0];
ry(pi*-0.015211600864) q[1];
ry(pi*0.062450160331) q[2];
ry(pi*-0.016141699502) q[3];
ry(pi*-0.014281878123) q[4];
ry(pi*0.036349709438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.087889451284) q[0];
ry(pi*0.174533284763) q[1];
ry(pi*0.165900096407) q[2];
ry(pi*0.274426376112) q[3];
ry(pi*0.028594942699) q[4];
ry(pi*-0.003945390591) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
