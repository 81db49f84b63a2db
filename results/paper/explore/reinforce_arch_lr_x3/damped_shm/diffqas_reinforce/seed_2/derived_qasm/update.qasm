// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.134043098049) q[0];
ry(pi*-0.511641540117) q[1];
ry(pi*0.018072048514) q[2];
ry(pi*-0.017205762341) q[3];
ry(pi*0.026247831197) q[4];
ry(pi*-0.039534934955) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050029888212) q[0];
ry(pi*0.112064469478) q[1];
ry(pi*0.003324009981) q[2];
ry(pi*0.41091199724) q[3];
ry(pi*0.215677851032) q[4];
ry(pi*0.985392605814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.247737089394) q[0];
ry(pi*0.484477460388) q[1];
ry(pi*0.049540628481) q[2];
ry(pi*-0.062354267321) q[3];
ry(pi*0.167117615572) q[4];
ry(pi*-0.021015937123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.174698271777) q[0];
ry(pi*-0.008754507813) q[1];
ry(pi*0.214519242248) q[2];
ry(pi*-0.017498108667) q[3];
ry(pi*0.191551516908) q[4];
ry(pi*-0.172108415826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042795247493) q[0];
ry(pi*0.44905981801) q[1];
ry(pi*0.070346195778) q[2];
ry(pi*-0.013314124509) q[3];
ry(pi*-0.0967219863) q[4];
ry(pi*0.000157609802) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
