// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.027528937526) q[0];
rx(pi*-0.031154551348) q[1];
rx(pi*0.179851042378) q[2];
rx(pi*-0.035040566131) q[3];
rx(pi*0.080068410365) q[4];
rx(pi*-0.000742935002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.19633570394) q[0];
rx(pi*-0.122766104733) q[1];
rx(pi*0.089978976905) q[2];
rx(pi*0.010245289684) q[3];
rx(pi*0.068861355341) q[4];
rx(pi*-0.002295967348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.264556145634) q[0];
rx(pi*-0.145896587789) q[1];
rx(pi*0.201798735883) q[2];
rx(pi*-0.025539616471) q[3];
rx(pi*0.063003552693) q[4];
rx(pi*0.00151311576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.189553136366) q[0];
rx(pi*-0.088004739185) q[1];
rx(pi*0.107688054226) q[2];
rx(pi*0.017153777012) q[3];
rx(pi*0.071897455061) q[4];
rx(pi*-0.003915806445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.213065455456) q[0];
rx(pi*-0.09029708348) q[1];
rx(pi*0.184054834084) q[2];
rx(pi*-0.034879893046) q[3];
rx(pi*0.061405824407) q[4];
rx(pi*0.000252588099) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
