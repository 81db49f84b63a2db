// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000710795835) q[0];
rx(pi*-0.071061382989) q[1];
rx(pi*-0.003018464848) q[2];
rx(pi*-0.002234963443) q[3];
rx(pi*-0.001187237622) q[4];
rx(pi*0.004680252837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.314096361458) q[0];
rx(pi*-3.4814547e-05) q[1];
rx(pi*0.00140163308) q[2];
rx(pi*-0.005469706201) q[3];
rx(pi*-0.059948565602) q[4];
rx(pi*0.00079782242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002304830734) q[0];
rx(pi*-0.015287244023) q[1];
rx(pi*-0.041288227914) q[2];
rx(pi*-0.004114147253) q[3];
rx(pi*-0.001485612687) q[4];
rx(pi*0.000137527399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001312973875) q[0];
rx(pi*0.202216705515) q[1];
rx(pi*0.215862588676) q[2];
rx(pi*0.210960049644) q[3];
rx(pi*-0.050013415124) q[4];
rx(pi*0.000874884015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.83926e-07) q[0];
rx(pi*-0.153501064279) q[1];
rx(pi*0.001825379765) q[2];
rx(pi*0.001329776318) q[3];
rx(pi*0.000217412644) q[4];
rx(pi*-0.001016539663) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
