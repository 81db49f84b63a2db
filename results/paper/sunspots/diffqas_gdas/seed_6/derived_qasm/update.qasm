// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.000629033075) q[0];
ry(pi*-0.000655093849) q[1];
ry(pi*-0.003960353863) q[2];
ry(pi*0.003915039827) q[3];
ry(pi*-0.002504434712) q[4];
ry(pi*-0.002658716353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.292291286096) q[0];
ry(pi*0.001834381297) q[1];
ry(pi*0.001389458802) q[2];
ry(pi*0.50244199627) q[3];
ry(pi*0.000993349036) q[4];
ry(pi*-0.004508799377) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002154661288) q[0];
ry(pi*0.000628558164) q[1];
ry(pi*-0.002292395729) q[2];
ry(pi*0.000438313272) q[3];
ry(pi*0.000266328056) q[4];
ry(pi*0.324326675715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002871285536) q[0];
ry(pi*0.002263655425) q[1];
ry(pi*0.000348396529) q[2];
ry(pi*-0.002515442167) q[3];
ry(pi*0.00629157065) q[4];
ry(pi*-0.678084257108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.427645353579) q[0];
ry(pi*0.002044979241) q[1];
ry(pi*-0.065562454606) q[2];
ry(pi*-0.000554099133) q[3];
ry(pi*-0.022317500817) q[4];
ry(pi*-0.002586726337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
