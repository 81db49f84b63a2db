// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.002110641994) q[0];
rz(pi*0.005163838235) q[1];
rz(pi*0.005056298329) q[2];
rz(pi*0.001003830664) q[3];
rz(pi*0.00118842164) q[4];
rz(pi*-0.006163387802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001019406549) q[0];
rz(pi*-1.6159578e-05) q[1];
rz(pi*-0.005374685937) q[2];
rz(pi*-0.001373142387) q[3];
rz(pi*0.003047623589) q[4];
rz(pi*-0.003943101707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004115617048) q[0];
rz(pi*0.001511354111) q[1];
rz(pi*-0.000727013162) q[2];
rz(pi*-0.000453061248) q[3];
rz(pi*0.002641685941) q[4];
rz(pi*-0.004556317217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006495940938) q[0];
rz(pi*-0.002589159889) q[1];
rz(pi*-0.002435975406) q[2];
rz(pi*0.00388583395) q[3];
rz(pi*0.002514832074) q[4];
rz(pi*0.004218908836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003329479765) q[0];
rz(pi*0.001198111452) q[1];
rz(pi*-0.00406288022) q[2];
rz(pi*-0.001505104814) q[3];
rz(pi*0.000631644792) q[4];
rz(pi*-5.4688811e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
