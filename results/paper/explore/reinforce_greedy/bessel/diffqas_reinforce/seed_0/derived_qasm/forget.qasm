// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*-0.002719831427) q[0];
ry(pi*-0.052784403898) q[1];
ry(pi*-9.7929801e-05) q[2];
ry(pi*0.262486636261) q[3];
ry(pi*-4.2789744e-05) q[4];
ry(pi*1.772447e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.385395928321) q[0];
ry(pi*0.304623875662) q[1];
ry(pi*-0.00034525502) q[2];
ry(pi*0.000332087636) q[3];
ry(pi*-8.5802816e-05) q[4];
ry(pi*-2.044364e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045808831305) q[0];
ry(pi*0.00400027875) q[1];
ry(pi*0.000444805768) q[2];
ry(pi*-0.255577444569) q[3];
ry(pi*0.141404903609) q[4];
ry(pi*0.007549060058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099387296869) q[0];
ry(pi*0.31307513434) q[1];
ry(pi*-0.375518488198) q[2];
ry(pi*-0.188777606331) q[3];
ry(pi*0.008778180466) q[4];
ry(pi*-0.011224222989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.027062423747) q[0];
ry(pi*-0.000500500491) q[1];
ry(pi*-0.023983168141) q[2];
ry(pi*0.092309503855) q[3];
ry(pi*0.022976815658) q[4];
ry(pi*-0.000470415457) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
