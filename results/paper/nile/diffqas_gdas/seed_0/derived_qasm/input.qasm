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
rz(pi*0.002110549946) q[0];
rz(pi*0.005163807404) q[1];
rz(pi*0.005056345168) q[2];
rz(pi*0.00100388447) q[3];
rz(pi*0.001188340191) q[4];
rz(pi*-0.006163324955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001019336587) q[0];
rz(pi*-1.6208858e-05) q[1];
rz(pi*-0.005374720325) q[2];
rz(pi*-0.001373206865) q[3];
rz(pi*0.003047493152) q[4];
rz(pi*-0.00394316574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004115555683) q[0];
rz(pi*0.001511283852) q[1];
rz(pi*-0.000726905995) q[2];
rz(pi*-0.000452980058) q[3];
rz(pi*0.002641692462) q[4];
rz(pi*-0.004556271267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006495915443) q[0];
rz(pi*-0.002589119275) q[1];
rz(pi*-0.002435987709) q[2];
rz(pi*0.00388585233) q[3];
rz(pi*0.002514823477) q[4];
rz(pi*0.004218839764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003329301599) q[0];
rz(pi*0.001198010956) q[1];
rz(pi*-0.004062874291) q[2];
rz(pi*-0.001505053973) q[3];
rz(pi*0.000631630192) q[4];
rz(pi*-5.4699238e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
