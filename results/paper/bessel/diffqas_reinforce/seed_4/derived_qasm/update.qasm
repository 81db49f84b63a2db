// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.00096396277) q[0];
ry(pi*-0.010200100156) q[1];
ry(pi*-0.014827982577) q[2];
ry(pi*-0.005991099245) q[3];
ry(pi*-0.006062231633) q[4];
ry(pi*0.000688995481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076152933276) q[0];
ry(pi*-0.338047956575) q[1];
ry(pi*-0.50979765466) q[2];
ry(pi*0.009660295247) q[3];
ry(pi*-0.006363349298) q[4];
ry(pi*-0.005171117841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00823226396) q[0];
ry(pi*0.045455606175) q[1];
ry(pi*0.038225646981) q[2];
ry(pi*0.004058091084) q[3];
ry(pi*-0.003293540637) q[4];
ry(pi*-0.190868497991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01831411113) q[0];
ry(pi*-0.283206944773) q[1];
ry(pi*0.118292757713) q[2];
ry(pi*0.515186066787) q[3];
ry(pi*0.473065466486) q[4];
ry(pi*0.001317874476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063933833944) q[0];
ry(pi*0.013159993464) q[1];
ry(pi*-0.002583554627) q[2];
ry(pi*-0.018348637973) q[3];
ry(pi*-0.011566432068) q[4];
ry(pi*-0.004708595158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
