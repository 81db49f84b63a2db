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
ry(pi*0.002549706949) q[0];
ry(pi*0.501028754239) q[1];
ry(pi*0.023766051131) q[2];
ry(pi*-0.00497870987) q[3];
ry(pi*-0.002159369346) q[4];
ry(pi*0.003935751546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002115489679) q[0];
ry(pi*0.000776533367) q[1];
ry(pi*-0.001436425542) q[2];
ry(pi*-0.538934103294) q[3];
ry(pi*-0.002011783306) q[4];
ry(pi*0.015308510102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003497507458) q[0];
ry(pi*-0.011511899648) q[1];
ry(pi*-0.004620023257) q[2];
ry(pi*-0.002987121869) q[3];
ry(pi*0.006801512455) q[4];
ry(pi*0.002835913516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.312631532526) q[0];
ry(pi*0.381199270367) q[1];
ry(pi*-0.039197189216) q[2];
ry(pi*0.374881193603) q[3];
ry(pi*-0.500413012686) q[4];
ry(pi*-0.503775363032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003762532434) q[0];
ry(pi*0.277471748763) q[1];
ry(pi*-0.041388589006) q[2];
ry(pi*0.000410742275) q[3];
ry(pi*0.361261113379) q[4];
ry(pi*-0.004626014198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
