// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.107601936924) q[0];
rx(pi*-0.101429295758) q[1];
rx(pi*0.0275639043) q[2];
rx(pi*0.010700158938) q[3];
rx(pi*-0.003576626484) q[4];
rx(pi*0.001030082499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.10848974768) q[0];
rx(pi*-0.094126011637) q[1];
rx(pi*0.050135699226) q[2];
rx(pi*0.004171007688) q[3];
rx(pi*-0.000602145171) q[4];
rx(pi*-0.003334001208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022038067818) q[0];
rx(pi*-0.0846568271) q[1];
rx(pi*0.028903228505) q[2];
rx(pi*0.011626624296) q[3];
rx(pi*-0.00247311871) q[4];
rx(pi*-0.00594348832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.293272158179) q[0];
rx(pi*-0.117794571305) q[1];
rx(pi*0.037993377861) q[2];
rx(pi*0.014379548642) q[3];
rx(pi*0.001859395382) q[4];
rx(pi*-0.002788782839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.017472838153) q[0];
rx(pi*-0.102101765827) q[1];
rx(pi*0.02330566555) q[2];
rx(pi*0.013138688254) q[3];
rx(pi*-0.002334785145) q[4];
rx(pi*0.000425098308) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
