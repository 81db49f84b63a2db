// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.035352e-06) q[0];
rx(pi*0.003419496559) q[1];
rx(pi*0.004260511625) q[2];
rx(pi*1.3134e-08) q[3];
rx(pi*0.002776948291) q[4];
rx(pi*0.002004302411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003472226864) q[0];
rx(pi*1.379e-09) q[1];
rx(pi*-0.002233522403) q[2];
rx(pi*0.001994685303) q[3];
rx(pi*2.347971e-06) q[4];
rx(pi*-4.034805e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.0039231237) q[0];
rx(pi*-0.004269864004) q[1];
rx(pi*1.271e-09) q[2];
rx(pi*0.002759946634) q[3];
rx(pi*4.299159e-06) q[4];
rx(pi*0.002252711262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.850018e-06) q[0];
rx(pi*0.002266545805) q[1];
rx(pi*0.003796537527) q[2];
rx(pi*-0.004273768833) q[3];
rx(pi*0.004115938102) q[4];
rx(pi*-0.002784366932) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002800052948) q[0];
rx(pi*7.66e-10) q[1];
rx(pi*5.784682e-06) q[2];
rx(pi*-0.003591418112) q[3];
rx(pi*0.000657112149) q[4];
rx(pi*-0.002145964951) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
