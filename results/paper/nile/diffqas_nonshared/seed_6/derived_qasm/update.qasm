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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.003422581113) q[0];
rx(pi*0.020615002647) q[1];
rx(pi*0.169382771919) q[2];
rx(pi*-0.058667274289) q[3];
rx(pi*0.055542861171) q[4];
rx(pi*-0.00048830887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056731299857) q[0];
rx(pi*-0.244875183213) q[1];
rx(pi*-0.008910115174) q[2];
rx(pi*-0.031736122983) q[3];
rx(pi*0.047830439233) q[4];
rx(pi*-0.001958264149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.104577595564) q[0];
rx(pi*-0.109866220525) q[1];
rx(pi*0.147215250672) q[2];
rx(pi*-0.047614662174) q[3];
rx(pi*0.05523859996) q[4];
rx(pi*-0.008522094618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.365490062949) q[0];
rx(pi*-0.191804765144) q[1];
rx(pi*0.002892180164) q[2];
rx(pi*-0.028839159908) q[3];
rx(pi*0.049536990457) q[4];
rx(pi*0.003842987557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003415556453) q[0];
rx(pi*0.026370397518) q[1];
rx(pi*0.162027587848) q[2];
rx(pi*-0.059696417785) q[3];
rx(pi*0.055918459914) q[4];
rx(pi*0.00142913141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
