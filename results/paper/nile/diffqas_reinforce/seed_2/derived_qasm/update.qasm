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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041556113625) q[0];
ry(pi*-0.082091246779) q[1];
ry(pi*-0.002734048537) q[2];
ry(pi*-0.004001519093) q[3];
ry(pi*0.014573881753) q[4];
ry(pi*0.016746420261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009125288663) q[0];
ry(pi*-0.152650402163) q[1];
ry(pi*0.039261347934) q[2];
ry(pi*0.273482937261) q[3];
ry(pi*0.002584588346) q[4];
ry(pi*-0.013089516821) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015359834941) q[0];
ry(pi*0.000588345647) q[1];
ry(pi*0.017492945708) q[2];
ry(pi*-0.043747347404) q[3];
ry(pi*-0.006159235735) q[4];
ry(pi*0.013650754414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.061142477926) q[0];
ry(pi*0.254302020578) q[1];
ry(pi*0.063888934937) q[2];
ry(pi*-0.302011043713) q[3];
ry(pi*0.469965319513) q[4];
ry(pi*-0.036814169417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002622502418) q[0];
ry(pi*0.052270052708) q[1];
ry(pi*0.026855393125) q[2];
ry(pi*0.009269518898) q[3];
ry(pi*0.002220920793) q[4];
ry(pi*-0.002661269374) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
