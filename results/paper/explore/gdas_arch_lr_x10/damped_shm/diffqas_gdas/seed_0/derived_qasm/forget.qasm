// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*4.8127e-08) q[0];
ry(pi*0.010251558991) q[1];
ry(pi*-2.422055e-06) q[2];
ry(pi*-0.500000013914) q[3];
ry(pi*-5.7598e-08) q[4];
ry(pi*2.0254e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500000013914) q[0];
ry(pi*-0.062908807534) q[1];
ry(pi*0.001651663064) q[2];
ry(pi*0.000988336377) q[3];
ry(pi*0.500000013914) q[4];
ry(pi*3.7416e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.112659046931) q[0];
ry(pi*-5.12244e-07) q[1];
ry(pi*0.000492939925) q[2];
ry(pi*1.9e-11) q[3];
ry(pi*-0.000124672473) q[4];
ry(pi*-0.100497164663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.183155e-06) q[0];
ry(pi*-1.33e-10) q[1];
ry(pi*0.000474961876) q[2];
ry(pi*3.13944e-07) q[3];
ry(pi*-4.741e-09) q[4];
ry(pi*0.000331542911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.682e-09) q[0];
ry(pi*0.183357623552) q[1];
ry(pi*0.013715776392) q[2];
ry(pi*-0.001196921061) q[3];
ry(pi*0.000215144752) q[4];
ry(pi*-0.000927182913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
