// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112836508527) q[0];
ry(pi*0.005308536267) q[1];
ry(pi*-0.170052965259) q[2];
ry(pi*0.001385940691) q[3];
ry(pi*5.4706e-08) q[4];
ry(pi*-7.725e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.164340157091) q[0];
ry(pi*-0.089733393659) q[1];
ry(pi*-0.040161782681) q[2];
ry(pi*-0.001134058937) q[3];
ry(pi*-5.9555e-08) q[4];
ry(pi*1.328e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.169399638692) q[0];
ry(pi*-0.244537487277) q[1];
ry(pi*-0.194807449113) q[2];
ry(pi*0.000122467252) q[3];
ry(pi*3.8252e-08) q[4];
ry(pi*-3.2822e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.087729103107) q[0];
ry(pi*-0.045502226959) q[1];
ry(pi*-0.063889551551) q[2];
ry(pi*0.000649970021) q[3];
ry(pi*0.001859982945) q[4];
ry(pi*0.001855117917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.184616996599) q[0];
ry(pi*-0.354375865295) q[1];
ry(pi*-0.160623718355) q[2];
ry(pi*0.001358187563) q[3];
ry(pi*0.002197199374) q[4];
ry(pi*0.001564062775) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
