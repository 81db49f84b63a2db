// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.003820928477) q[0];
rx(pi*-0.006578686427) q[1];
rx(pi*0.001076292553) q[2];
rx(pi*-0.00355039162) q[3];
rx(pi*0.002818476672) q[4];
rx(pi*-0.001638640793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001408476017) q[0];
rx(pi*0.001842670609) q[1];
rx(pi*0.001321384287) q[2];
rx(pi*-0.000260465106) q[3];
rx(pi*0.003726373935) q[4];
rx(pi*0.001563629663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000502593126) q[0];
rx(pi*0.002732682499) q[1];
rx(pi*0.000500870349) q[2];
rx(pi*-0.000394708154) q[3];
rx(pi*0.001116274654) q[4];
rx(pi*0.004083060998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005222200778) q[0];
rx(pi*0.000983495658) q[1];
rx(pi*-0.002965361609) q[2];
rx(pi*0.000593348857) q[3];
rx(pi*0.001296308539) q[4];
rx(pi*-0.001797754852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001764866187) q[0];
rx(pi*0.000810744344) q[1];
rx(pi*-0.00274185938) q[2];
rx(pi*0.001767047904) q[3];
rx(pi*-5.8847734e-05) q[4];
rx(pi*-0.009556757405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
