// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.033128914762) q[0];
ry(pi*-0.001682654751) q[1];
ry(pi*-0.007715250656) q[2];
ry(pi*0.041606756632) q[3];
ry(pi*0.492895213194) q[4];
ry(pi*-0.492021442271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008757304514) q[0];
ry(pi*-0.003047912034) q[1];
ry(pi*0.010589602366) q[2];
ry(pi*0.00536093781) q[3];
ry(pi*0.245428845937) q[4];
ry(pi*-0.098926980064) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001984946354) q[0];
ry(pi*0.001863447101) q[1];
ry(pi*-0.00679953751) q[2];
ry(pi*-0.084526655078) q[3];
ry(pi*-0.079132949554) q[4];
ry(pi*0.052505551938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.405418969382) q[0];
ry(pi*-0.021736975055) q[1];
ry(pi*-0.053456627321) q[2];
ry(pi*-0.105862306716) q[3];
ry(pi*0.009462324704) q[4];
ry(pi*-0.096768744637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014344297277) q[0];
ry(pi*-0.002514589875) q[1];
ry(pi*0.00649123036) q[2];
ry(pi*0.004182772274) q[3];
ry(pi*-0.158824864714) q[4];
ry(pi*0.000759362215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
