// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000612726036) q[0];
ry(pi*0.00224153083) q[1];
ry(pi*0.000101961464) q[2];
ry(pi*-6.8339355e-05) q[3];
ry(pi*1.3440756e-05) q[4];
ry(pi*1.0510953e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002823064816) q[0];
ry(pi*-0.000348557575) q[1];
ry(pi*-0.000219394184) q[2];
ry(pi*4.2086085e-05) q[3];
ry(pi*0.000179270899) q[4];
ry(pi*0.000276132853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.8502236e-05) q[0];
ry(pi*4.564216e-06) q[1];
ry(pi*1.2224552e-05) q[2];
ry(pi*2.97211e-07) q[3];
ry(pi*1.6373618e-05) q[4];
ry(pi*-0.000113426506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001680937421) q[0];
ry(pi*-4.5638338e-05) q[1];
ry(pi*-0.000867457296) q[2];
ry(pi*-5.769582e-05) q[3];
ry(pi*-2.486327e-06) q[4];
ry(pi*-4.471042e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000157308313) q[0];
ry(pi*-0.004216447122) q[1];
ry(pi*-0.056383671688) q[2];
ry(pi*0.000919666518) q[3];
ry(pi*-0.003228782203) q[4];
ry(pi*-0.001026175373) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
