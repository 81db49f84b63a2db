// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rx(pi*0.000121671045) q[0];
rx(pi*-2.844162e-06) q[1];
rx(pi*-0.004563862738) q[2];
rx(pi*0.138442024465) q[3];
rx(pi*-0.000390202163) q[4];
rx(pi*0.002033351022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.18818e-07) q[0];
rx(pi*-0.008726796336) q[1];
rx(pi*0.029734448297) q[2];
rx(pi*0.012968501521) q[3];
rx(pi*-0.000304278554) q[4];
rx(pi*-0.001626247735) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026745595462) q[0];
rx(pi*0.000615461928) q[1];
rx(pi*-1.4994738e-05) q[2];
rx(pi*-0.270122863644) q[3];
rx(pi*0.000500664168) q[4];
rx(pi*0.001222066103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006178833397) q[0];
rx(pi*-0.000210766753) q[1];
rx(pi*0.001283990335) q[2];
rx(pi*-0.015423221706) q[3];
rx(pi*0.000304279239) q[4];
rx(pi*-0.001189898031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159658745434) q[0];
rx(pi*0.000370343329) q[1];
rx(pi*0.004334275297) q[2];
rx(pi*0.137324235548) q[3];
rx(pi*-0.000110497338) q[4];
rx(pi*-0.005428324859) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
