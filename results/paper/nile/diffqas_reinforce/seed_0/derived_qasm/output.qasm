// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.000914803195) q[0];
rz(pi*0.00501133766) q[1];
rz(pi*-0.001377457501) q[2];
rz(pi*-0.00234125589) q[3];
rz(pi*0.000795121472) q[4];
rz(pi*0.003283181517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000512546407) q[0];
rz(pi*-0.001863936687) q[1];
rz(pi*-0.004269304901) q[2];
rz(pi*-0.004461016809) q[3];
rz(pi*0.001600323995) q[4];
rz(pi*0.003150462107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000523061571) q[0];
rz(pi*-0.003419782336) q[1];
rz(pi*0.002778874025) q[2];
rz(pi*-0.004075767459) q[3];
rz(pi*-0.002269945632) q[4];
rz(pi*0.001976641923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00716257748) q[0];
rz(pi*0.001229990115) q[1];
rz(pi*-0.001851362647) q[2];
rz(pi*0.000347877891) q[3];
rz(pi*-0.000240982966) q[4];
rz(pi*0.000643331857) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002209487786) q[0];
rz(pi*-0.002413932038) q[1];
rz(pi*0.004523126766) q[2];
rz(pi*0.00231126635) q[3];
rz(pi*0.002685773863) q[4];
rz(pi*0.003707896553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
