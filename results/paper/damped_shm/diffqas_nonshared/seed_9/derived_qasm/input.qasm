// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.025131612275) q[0];
ry(pi*0.025924398024) q[1];
ry(pi*-0.001165307053) q[2];
ry(pi*0.021200404406) q[3];
ry(pi*-0.022547898751) q[4];
ry(pi*0.016133830555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036428600495) q[0];
ry(pi*-0.18781352513) q[1];
ry(pi*0.489988664138) q[2];
ry(pi*-0.031359665723) q[3];
ry(pi*-0.027371411545) q[4];
ry(pi*-0.097806715204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008429871056) q[0];
ry(pi*-0.175185928311) q[1];
ry(pi*0.11762084734) q[2];
ry(pi*0.027888022863) q[3];
ry(pi*0.109466085276) q[4];
ry(pi*-0.054957324232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020507152063) q[0];
ry(pi*-0.32970575325) q[1];
ry(pi*0.111981283465) q[2];
ry(pi*0.625046661892) q[3];
ry(pi*-1.0563506063) q[4];
ry(pi*0.502493791871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04285376419) q[0];
ry(pi*-0.059912925295) q[1];
ry(pi*0.025535594248) q[2];
ry(pi*0.152482939206) q[3];
ry(pi*0.075193690125) q[4];
ry(pi*0.001415120036) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
