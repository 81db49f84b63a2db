// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.266342942093) q[0];
rz(pi*1.915170775765) q[1];
rz(pi*1.080764282687) q[2];
rz(pi*0.015413957076) q[3];
rz(pi*1.251238291163) q[4];
rz(pi*1.515131604883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.607908047663) q[0];
rz(pi*1.95993310351) q[1];
rz(pi*0.11795293683) q[2];
rz(pi*0.22344779834) q[3];
rz(pi*1.207663581533) q[4];
rz(pi*0.924979810278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.739187281205) q[0];
rz(pi*1.392733856047) q[1];
rz(pi*1.857822230764) q[2];
rz(pi*1.72076082469) q[3];
rz(pi*1.453225805886) q[4];
rz(pi*0.578659773654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.607150845303) q[0];
rz(pi*0.356297349291) q[1];
rz(pi*1.751379196701) q[2];
rz(pi*1.353642710261) q[3];
rz(pi*1.151566403079) q[4];
rz(pi*0.140334508616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.696985087971) q[0];
rz(pi*0.289707008133) q[1];
rz(pi*1.019090254776) q[2];
rz(pi*1.871020129406) q[3];
rz(pi*0.714909525582) q[4];
rz(pi*0.915297258219) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
