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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.435363770905) q[0];
ry(pi*-0.02629528441) q[1];
ry(pi*1.8788208e-05) q[2];
ry(pi*-0.005155640229) q[3];
ry(pi*-0.163923003288) q[4];
ry(pi*-0.003430834851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063296250014) q[0];
ry(pi*-0.541296286273) q[1];
ry(pi*0.499706201943) q[2];
ry(pi*0.14862326571) q[3];
ry(pi*0.070415289782) q[4];
ry(pi*0.000302344742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013068500946) q[0];
ry(pi*-0.00111375869) q[1];
ry(pi*0.001268388807) q[2];
ry(pi*-0.039176383226) q[3];
ry(pi*0.308882327854) q[4];
ry(pi*0.110553176287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021965722359) q[0];
ry(pi*0.011141186388) q[1];
ry(pi*-0.000610370561) q[2];
ry(pi*0.172489502436) q[3];
ry(pi*-0.185455174646) q[4];
ry(pi*0.109055069157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022309413684) q[0];
ry(pi*-0.002962573801) q[1];
ry(pi*0.085822759364) q[2];
ry(pi*-0.356235460188) q[3];
ry(pi*0.101105393009) q[4];
ry(pi*-0.001733823362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
