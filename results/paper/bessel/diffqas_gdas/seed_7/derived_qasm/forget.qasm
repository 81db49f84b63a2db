// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005100223205) q[0];
rx(pi*0.50422141233) q[1];
rx(pi*0.499767066518) q[2];
rx(pi*-0.005121710434) q[3];
rx(pi*-0.012158678245) q[4];
rx(pi*-0.499818141154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000167228874) q[0];
rx(pi*0.00171573181) q[1];
rx(pi*0.500129597781) q[2];
rx(pi*2.6656799e-05) q[3];
rx(pi*-0.015418805799) q[4];
rx(pi*-0.043537902499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.499828158765) q[0];
rx(pi*0.000162945276) q[1];
rx(pi*0.004300462599) q[2];
rx(pi*-0.000354061302) q[3];
rx(pi*1.0384661e-05) q[4];
rx(pi*8.623643e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.499336309254) q[0];
rx(pi*0.501822839621) q[1];
rx(pi*-0.499725478255) q[2];
rx(pi*-0.000852931805) q[3];
rx(pi*-0.499207066897) q[4];
rx(pi*0.500389562369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.499761260857) q[0];
rx(pi*-0.118788695852) q[1];
rx(pi*-0.500004074082) q[2];
rx(pi*0.495363871233) q[3];
rx(pi*-0.231885377668) q[4];
rx(pi*-0.006685885416) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
