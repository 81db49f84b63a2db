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
rx(pi*-0.009076900449) q[0];
rx(pi*-0.329899996241) q[1];
rx(pi*0.001190334108) q[2];
rx(pi*-0.000220980428) q[3];
rx(pi*-0.006468754769) q[4];
rx(pi*-0.002913574309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001300367966) q[0];
rx(pi*0.004485538492) q[1];
rx(pi*-0.015592626998) q[2];
rx(pi*-0.00421554651) q[3];
rx(pi*0.001051240522) q[4];
rx(pi*-0.001944124709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000662078117) q[0];
rx(pi*-0.338074594313) q[1];
rx(pi*0.005374623683) q[2];
rx(pi*-0.005970762831) q[3];
rx(pi*0.004473191977) q[4];
rx(pi*-5.983194e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000299802097) q[0];
rx(pi*-0.004386872496) q[1];
rx(pi*-0.003371094412) q[2];
rx(pi*-0.000248831922) q[3];
rx(pi*0.002396511646) q[4];
rx(pi*0.003618853891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00274829796) q[0];
rx(pi*-0.332130053005) q[1];
rx(pi*0.001693619072) q[2];
rx(pi*-0.005187141512) q[3];
rx(pi*0.004360154717) q[4];
rx(pi*-0.004648682482) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
