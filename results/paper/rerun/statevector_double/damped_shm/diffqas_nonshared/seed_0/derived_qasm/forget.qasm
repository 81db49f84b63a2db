// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.061677390831) q[0];
rx(pi*-0.10025733016) q[1];
rx(pi*-0.001203726941) q[2];
rx(pi*-0.074882973436) q[3];
rx(pi*0.00343873285) q[4];
rx(pi*-0.00308446244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.144422149161) q[0];
rx(pi*-0.188630207055) q[1];
rx(pi*0.183352235292) q[2];
rx(pi*-0.053339209729) q[3];
rx(pi*0.007351999614) q[4];
rx(pi*-0.001255959286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.108761333077) q[0];
rx(pi*0.029163947261) q[1];
rx(pi*-0.010447616251) q[2];
rx(pi*-0.065917060004) q[3];
rx(pi*0.009045058842) q[4];
rx(pi*0.002288458883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.323692796214) q[0];
rx(pi*-0.123923337992) q[1];
rx(pi*0.169952466614) q[2];
rx(pi*-0.052267866098) q[3];
rx(pi*0.003433387278) q[4];
rx(pi*0.000390069984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.075367034634) q[0];
rx(pi*-0.116424046416) q[1];
rx(pi*-0.007321221074) q[2];
rx(pi*-0.075650862197) q[3];
rx(pi*0.002846273229) q[4];
rx(pi*0.001169681235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
