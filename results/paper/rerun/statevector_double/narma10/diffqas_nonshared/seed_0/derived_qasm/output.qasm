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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003797892003) q[0];
rx(pi*0.007400542575) q[1];
rx(pi*-0.004897588923) q[2];
rx(pi*0.00276624618) q[3];
rx(pi*0.001812962695) q[4];
rx(pi*-0.000741599573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437655301) q[0];
rx(pi*-0.00096458598) q[1];
rx(pi*0.004130722319) q[2];
rx(pi*0.002748201911) q[3];
rx(pi*0.002738230546) q[4];
rx(pi*0.004750195872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000886607246) q[0];
rx(pi*0.000339419788) q[1];
rx(pi*0.002779669398) q[2];
rx(pi*0.00223631451) q[3];
rx(pi*0.004385469403) q[4];
rx(pi*0.001520504459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001111625812) q[0];
rx(pi*0.003732035521) q[1];
rx(pi*2.5761195e-05) q[2];
rx(pi*-0.003435455901) q[3];
rx(pi*-0.000111231661) q[4];
rx(pi*0.00031657056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002905778584) q[0];
rx(pi*0.002591638204) q[1];
rx(pi*-0.001591637737) q[2];
rx(pi*0.000753277225) q[3];
rx(pi*-0.000948963998) q[4];
rx(pi*-0.001571968927) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
