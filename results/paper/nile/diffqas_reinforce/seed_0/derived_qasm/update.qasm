// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.043240167913) q[0];
ry(pi*-0.036867478095) q[1];
ry(pi*-0.063078585167) q[2];
ry(pi*-0.019163851881) q[3];
ry(pi*-0.152160487872) q[4];
ry(pi*0.445884994302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03395575185) q[0];
ry(pi*0.197703126784) q[1];
ry(pi*-0.067317424281) q[2];
ry(pi*0.23665658734) q[3];
ry(pi*-0.437068358449) q[4];
ry(pi*0.149598645183) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039883172625) q[0];
ry(pi*-0.013928066023) q[1];
ry(pi*0.070135522387) q[2];
ry(pi*0.010640710205) q[3];
ry(pi*0.023048003779) q[4];
ry(pi*-0.065999368526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01422179736) q[0];
ry(pi*0.128591952531) q[1];
ry(pi*0.02012692397) q[2];
ry(pi*-0.378845511288) q[3];
ry(pi*-0.228222119543) q[4];
ry(pi*-0.079013174598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007146945715) q[0];
ry(pi*-0.004870097115) q[1];
ry(pi*-0.016485763167) q[2];
ry(pi*-0.043356124604) q[3];
ry(pi*-0.04308994644) q[4];
ry(pi*0.005375890114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
