// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.042211925622) q[0];
ry(pi*0.005604688407) q[1];
ry(pi*0.005304932037) q[2];
ry(pi*-0.000431976707) q[3];
ry(pi*-0.005781474691) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016303793172) q[0];
ry(pi*2.9740565e-05) q[1];
ry(pi*0.002644402601) q[2];
ry(pi*0.000175089076) q[3];
ry(pi*-4.0e-12) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000453173862) q[0];
ry(pi*-3.6548817e-05) q[1];
ry(pi*4.5797258e-05) q[2];
ry(pi*-5.0e-12) q[3];
ry(pi*0.000720361954) q[4];
ry(pi*-1.5e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014706694545) q[0];
ry(pi*-0.010456656765) q[1];
ry(pi*9.0e-12) q[2];
ry(pi*-1.2e-11) q[3];
ry(pi*-1.0e-12) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00167494811) q[0];
ry(0) q[1];
ry(pi*-0.002049992345) q[2];
ry(pi*4.47627e-06) q[3];
ry(pi*-0.002052838553) q[4];
ry(pi*-0.004055059891) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
