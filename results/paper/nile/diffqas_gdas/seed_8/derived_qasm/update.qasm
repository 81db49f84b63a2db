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
rx(pi*-0.007781862787) q[0];
rx(pi*-0.000377691785) q[1];
rx(pi*-0.104795402708) q[2];
rx(pi*-0.247079759577) q[3];
rx(pi*-0.001536476104) q[4];
rx(pi*-0.000549381552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.48906962424) q[0];
rx(pi*-0.003593993366) q[1];
rx(pi*-0.491150175752) q[2];
rx(pi*-6.7138199e-05) q[3];
rx(pi*-0.011619504772) q[4];
rx(pi*-0.000792708894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000228104195) q[0];
rx(pi*-0.000135901273) q[1];
rx(pi*0.226105330083) q[2];
rx(pi*2.302526e-06) q[3];
rx(pi*-0.002072852727) q[4];
rx(pi*-1.1554534e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000408499488) q[0];
rx(pi*0.496097585331) q[1];
rx(pi*0.043126511668) q[2];
rx(pi*0.35910690966) q[3];
rx(pi*-0.013166760806) q[4];
rx(pi*-0.000875247091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.8314e-07) q[0];
rx(pi*-0.499685559593) q[1];
rx(pi*-0.104559590427) q[2];
rx(pi*-0.24411485035) q[3];
rx(pi*0.003467573798) q[4];
rx(pi*0.000428000546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
