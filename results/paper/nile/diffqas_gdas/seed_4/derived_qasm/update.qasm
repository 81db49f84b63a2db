// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.013411914794) q[0];
rx(pi*-0.000292196026) q[1];
rx(pi*0.103805452165) q[2];
rx(pi*-0.006378230454) q[3];
rx(pi*-5.9778584e-05) q[4];
rx(pi*0.000998991798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.151424572935) q[0];
rx(pi*0.254184484406) q[1];
rx(pi*0.093035069159) q[2];
rx(pi*-0.010940665789) q[3];
rx(pi*0.006530812848) q[4];
rx(pi*-0.000447571083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001448640583) q[0];
rx(pi*0.001536286821) q[1];
rx(pi*0.099354806038) q[2];
rx(pi*-0.003522585873) q[3];
rx(pi*-0.002649843926) q[4];
rx(pi*-0.000806206374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.363760659051) q[0];
rx(pi*0.246395071058) q[1];
rx(pi*0.092397641754) q[2];
rx(pi*-0.007168628601) q[3];
rx(pi*0.002536913981) q[4];
rx(pi*0.007717444973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.019393321336) q[0];
rx(pi*0.000815116673) q[1];
rx(pi*0.098492229037) q[2];
rx(pi*-0.007409721235) q[3];
rx(pi*-0.00471753399) q[4];
rx(pi*-0.004704801498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
