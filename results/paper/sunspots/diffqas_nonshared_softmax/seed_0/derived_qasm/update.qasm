// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.117344395434) q[0];
ry(pi*0.004565412871) q[1];
ry(pi*0.517482452277) q[2];
ry(pi*-0.408256078181) q[3];
ry(pi*-0.013381488435) q[4];
ry(pi*-0.002458236072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058904689767) q[0];
ry(pi*0.357645287123) q[1];
ry(pi*-0.419082535144) q[2];
ry(pi*-0.323833915512) q[3];
ry(pi*-0.002552342382) q[4];
ry(pi*0.014240095389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.435028180943) q[0];
ry(pi*-0.200667277102) q[1];
ry(pi*0.272032641454) q[2];
ry(pi*-0.12292786638) q[3];
ry(pi*-0.019720725742) q[4];
ry(pi*0.000911205191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.490790376564) q[0];
ry(pi*0.190204034421) q[1];
ry(pi*-0.534018302312) q[2];
ry(pi*0.122707640211) q[3];
ry(pi*0.485309832774) q[4];
ry(pi*-0.50524590276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.241016638597) q[0];
ry(pi*0.355549936868) q[1];
ry(pi*-0.036126144066) q[2];
ry(pi*0.000280243862) q[3];
ry(pi*-0.000532362257) q[4];
ry(pi*-0.001953724178) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
