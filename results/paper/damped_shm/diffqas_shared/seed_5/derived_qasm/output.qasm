// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.305851260655) q[0];
ry(pi*-0.304157259905) q[1];
ry(pi*-0.013717459037) q[2];
ry(pi*0.004687418014) q[3];
ry(pi*0.005102644601) q[4];
ry(pi*-0.072824435054) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.27762563672) q[0];
ry(pi*-0.076760374252) q[1];
ry(pi*-0.012197037584) q[2];
ry(pi*0.012937286608) q[3];
ry(pi*0.001177509716) q[4];
ry(pi*0.158034450559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.044110229663) q[0];
ry(pi*0.004120213789) q[1];
ry(pi*0.011067816401) q[2];
ry(pi*0.009158101438) q[3];
ry(pi*-0.002509546385) q[4];
ry(pi*0.025736204968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002102379214) q[0];
ry(pi*0.135808521708) q[1];
ry(pi*0.042125291313) q[2];
ry(pi*0.017804475853) q[3];
ry(pi*-0.003387305439) q[4];
ry(pi*0.006409042789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014545490222) q[0];
ry(pi*-0.141389469279) q[1];
ry(pi*0.103647172018) q[2];
ry(pi*-0.05394283244) q[3];
ry(pi*0.010185346473) q[4];
ry(pi*0.001642371606) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
