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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00049934182) q[0];
ry(pi*-0.007715184844) q[1];
ry(pi*0.013247844401) q[2];
ry(pi*0.001201297762) q[3];
ry(pi*0.089124501268) q[4];
ry(pi*0.024901909219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00265883849) q[0];
ry(pi*-0.056991468403) q[1];
ry(pi*-0.102566512768) q[2];
ry(pi*-0.028441064229) q[3];
ry(pi*-0.006286831613) q[4];
ry(pi*0.013301380751) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011378952862) q[0];
ry(pi*0.060425910448) q[1];
ry(pi*-0.008454942356) q[2];
ry(pi*-0.029422569528) q[3];
ry(pi*-0.010005274939) q[4];
ry(pi*-0.189164802166) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023669306719) q[0];
ry(pi*0.031771445496) q[1];
ry(pi*-0.010250704032) q[2];
ry(pi*-0.026233022967) q[3];
ry(pi*-2.5215555e-05) q[4];
ry(pi*0.036123072852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099671347361) q[0];
ry(pi*-0.058561121765) q[1];
ry(pi*0.034187814642) q[2];
ry(pi*0.086565381168) q[3];
ry(pi*-0.015003844533) q[4];
ry(pi*-0.002335460457) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
