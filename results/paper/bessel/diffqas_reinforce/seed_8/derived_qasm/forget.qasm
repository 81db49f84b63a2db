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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000709102591) q[0];
rx(pi*-0.005164641019) q[1];
rx(pi*-0.001561476701) q[2];
rx(pi*0.00050893788) q[3];
rx(pi*-0.003981473199) q[4];
rx(pi*0.000235221773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00211134028) q[0];
rx(pi*-0.00097643913) q[1];
rx(pi*-0.001976058215) q[2];
rx(pi*-0.001973917555) q[3];
rx(pi*0.002995772849) q[4];
rx(pi*-0.004884463339) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000956374486) q[0];
rx(pi*-0.001335001235) q[1];
rx(pi*0.00045836917) q[2];
rx(pi*-0.000221460379) q[3];
rx(pi*-0.003525298383) q[4];
rx(pi*0.006493798203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000565361238) q[0];
rx(pi*-0.004271849028) q[1];
rx(pi*-0.002837512563) q[2];
rx(pi*0.000310639594) q[3];
rx(pi*0.001951156632) q[4];
rx(pi*-0.004272213067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002264247879) q[0];
rx(pi*-0.00437134271) q[1];
rx(pi*-0.002528629412) q[2];
rx(pi*0.002715504752) q[3];
rx(pi*0.005414441551) q[4];
rx(pi*-0.000269630259) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
