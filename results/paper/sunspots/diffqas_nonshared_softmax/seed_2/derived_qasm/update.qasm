// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.039116901291) q[0];
ry(pi*0.18079683385) q[1];
ry(pi*-0.01750455703) q[2];
ry(pi*0.085405785801) q[3];
ry(pi*-0.201111675771) q[4];
ry(pi*0.271752243216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.260462168191) q[0];
ry(pi*-0.174504047759) q[1];
ry(pi*0.275579843281) q[2];
ry(pi*0.187004830732) q[3];
ry(pi*-0.092351168009) q[4];
ry(pi*-0.027176442846) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.159198352739) q[0];
ry(pi*-0.085983562887) q[1];
ry(pi*-0.023182959305) q[2];
ry(pi*0.142033641495) q[3];
ry(pi*-0.134327404673) q[4];
ry(pi*0.02244020232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.079902237555) q[0];
ry(pi*0.194151997598) q[1];
ry(pi*0.035785758743) q[2];
ry(pi*-0.274139204603) q[3];
ry(pi*0.272611746632) q[4];
ry(pi*0.397499251203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.118440631309) q[0];
ry(pi*0.188838527824) q[1];
ry(pi*0.059115083309) q[2];
ry(pi*0.1540861269) q[3];
ry(pi*0.084175905891) q[4];
ry(pi*-0.002661699225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
