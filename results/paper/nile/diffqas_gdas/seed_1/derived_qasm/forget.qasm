// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rx(pi*0.244041672462) q[0];
rx(pi*-0.144445419236) q[1];
rx(pi*-0.218027284324) q[2];
rx(pi*0.206147194791) q[3];
rx(pi*0.112404204984) q[4];
rx(pi*6.049138e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.185425349487) q[0];
rx(pi*0.032660615174) q[1];
rx(pi*-0.096463084185) q[2];
rx(pi*0.021688058568) q[3];
rx(pi*-0.25352100742) q[4];
rx(pi*-0.09742833221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.015757647215) q[0];
rx(pi*-0.043462443139) q[1];
rx(pi*0.355569061398) q[2];
rx(pi*-0.213923725644) q[3];
rx(pi*-0.026425866718) q[4];
rx(pi*-0.112528523914) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.106891967219) q[0];
rx(pi*0.279534750484) q[1];
rx(pi*-0.185583335557) q[2];
rx(pi*0.20810971684) q[3];
rx(pi*0.044822518787) q[4];
rx(pi*0.035516708579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.007985464679) q[0];
rx(pi*-0.136391070439) q[1];
rx(pi*0.035331868956) q[2];
rx(pi*-0.045266248667) q[3];
rx(pi*0.096605038283) q[4];
rx(pi*-0.006921985252) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
