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
rx(pi*-0.001574204005) q[0];
rx(pi*-3.54163e-07) q[1];
rx(pi*0.001428883134) q[2];
rx(pi*-0.000128040886) q[3];
rx(pi*0.003312918927) q[4];
rx(pi*-0.000388946367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000308687958) q[0];
rx(pi*-0.000491247794) q[1];
rx(pi*-3.15823e-06) q[2];
rx(pi*-0.000296641764) q[3];
rx(pi*0.000524081356) q[4];
rx(pi*0.000745801518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*7.65302e-07) q[0];
rx(pi*-5.844042e-06) q[1];
rx(pi*0.001479300543) q[2];
rx(pi*-0.000259690373) q[3];
rx(pi*0.001729487941) q[4];
rx(pi*-0.002070565029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.3880301e-05) q[0];
rx(pi*-1.8733923e-05) q[1];
rx(pi*2.472503e-06) q[2];
rx(pi*-0.000267065103) q[3];
rx(pi*-0.001124344372) q[4];
rx(pi*0.000120543149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.390171e-06) q[0];
rx(pi*1.232501e-06) q[1];
rx(pi*-0.001270243245) q[2];
rx(pi*-0.000363071023) q[3];
rx(pi*-0.005084714169) q[4];
rx(pi*0.000536947288) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
