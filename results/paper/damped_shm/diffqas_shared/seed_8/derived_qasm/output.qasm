// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003842815616) q[0];
rz(pi*-0.001588017203) q[1];
rz(pi*0.003344371593) q[2];
rz(pi*0.0007106213) q[3];
rz(pi*-0.007217898455) q[4];
rz(pi*0.002757526423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000429860468) q[0];
rz(pi*-0.00337721668) q[1];
rz(pi*-0.000321760496) q[2];
rz(pi*-0.002216690463) q[3];
rz(pi*0.003331287512) q[4];
rz(pi*0.001576573227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004638099246) q[0];
rz(pi*-0.006248871888) q[1];
rz(pi*-0.00263765601) q[2];
rz(pi*-0.001735659272) q[3];
rz(pi*0.003693496831) q[4];
rz(pi*0.000774806773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004094245433) q[0];
rz(pi*-0.002249212717) q[1];
rz(pi*0.000800129759) q[2];
rz(pi*0.00018714433) q[3];
rz(pi*0.000654306331) q[4];
rz(pi*0.004603058656) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003046293125) q[0];
rz(pi*0.001850579576) q[1];
rz(pi*0.006401601914) q[2];
rz(pi*-0.000224202312) q[3];
rz(pi*0.001090446742) q[4];
rz(pi*0.003343292814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
