// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.075055241242) q[0];
rx(pi*0.208774351165) q[1];
rx(pi*0.393251215049) q[2];
rx(pi*-0.026144773603) q[3];
rx(pi*-0.114391211364) q[4];
rx(pi*0.615748801266) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.24854142006) q[0];
rx(pi*-0.432959354589) q[1];
rx(pi*0.062633522451) q[2];
rx(pi*0.744355988914) q[3];
rx(pi*0.226649677187) q[4];
rx(pi*0.332321032683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.668967244713) q[0];
rx(pi*-0.178456014185) q[1];
rx(pi*0.419208931589) q[2];
rx(pi*-0.099285745237) q[3];
rx(pi*0.45637563363) q[4];
rx(pi*0.18959383291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0081968952) q[0];
rx(pi*0.545188241899) q[1];
rx(pi*-0.125414178561) q[2];
rx(pi*-0.115713270369) q[3];
rx(pi*0.076199046539) q[4];
rx(pi*0.111799742729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.501901918034) q[0];
rx(pi*0.405767574648) q[1];
rx(pi*0.115871759217) q[2];
rx(pi*-0.015971241222) q[3];
rx(pi*0.241367217028) q[4];
rx(pi*-0.082943407742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
