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
rx(pi*-0.088996852621) q[0];
rx(pi*0.01417105356) q[1];
rx(pi*-0.003957724952) q[2];
rx(pi*-0.000494850429) q[3];
rx(pi*-0.000816237325) q[4];
rx(pi*-0.000753190069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.122420193597) q[0];
rx(pi*0.008872013747) q[1];
rx(pi*-0.001748329658) q[2];
rx(pi*0.004088983757) q[3];
rx(pi*0.003705464781) q[4];
rx(pi*-0.001848210058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082628441157) q[0];
rx(pi*0.010362815184) q[1];
rx(pi*-0.00434080459) q[2];
rx(pi*-0.006420826644) q[3];
rx(pi*-0.003542515559) q[4];
rx(pi*0.001464405898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.123013509363) q[0];
rx(pi*0.018644189508) q[1];
rx(pi*0.002672763894) q[2];
rx(pi*-0.001126785853) q[3];
rx(pi*-0.000710249108) q[4];
rx(pi*-0.000687069969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082926749669) q[0];
rx(pi*0.012131531801) q[1];
rx(pi*-4.5683866e-05) q[2];
rx(pi*-0.002340911713) q[3];
rx(pi*0.004134118145) q[4];
rx(pi*-0.001111261773) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
