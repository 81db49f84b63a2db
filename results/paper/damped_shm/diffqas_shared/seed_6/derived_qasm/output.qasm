// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000256822876) q[0];
rz(pi*-0.00128225003) q[1];
rz(pi*-3.769e-05) q[2];
rz(pi*-0.001547236764) q[3];
rz(pi*0.002803650655) q[4];
rz(pi*0.002608925341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003110519434) q[0];
rz(pi*0.000449873196) q[1];
rz(pi*-0.000259073092) q[2];
rz(pi*0.006122506867) q[3];
rz(pi*0.000515235461) q[4];
rz(pi*0.000524878249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000768909509) q[0];
rz(pi*0.00267922204) q[1];
rz(pi*0.003392441421) q[2];
rz(pi*0.004966729766) q[3];
rz(pi*-7.6775243e-05) q[4];
rz(pi*0.003920281641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005185748201) q[0];
rz(pi*-0.005509312997) q[1];
rz(pi*0.001235177383) q[2];
rz(pi*-0.002276633526) q[3];
rz(pi*0.003482480745) q[4];
rz(pi*6.552862e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002397890728) q[0];
rz(pi*-0.003117362074) q[1];
rz(pi*0.001045686547) q[2];
rz(pi*-0.000553111698) q[3];
rz(pi*-0.001740712248) q[4];
rz(pi*0.002785876155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
