// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-0.006227920639) q[0];
rx(pi*0.001034396428) q[1];
rx(pi*0.000911419079) q[2];
rx(pi*0.007627631543) q[3];
rx(pi*0.00071211659) q[4];
rx(pi*-0.001036109682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003874959601) q[0];
rx(pi*-0.000203724251) q[1];
rx(pi*0.000563590806) q[2];
rx(pi*0.001497547731) q[3];
rx(pi*-0.011861672924) q[4];
rx(pi*0.002424902733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00062270055) q[0];
rx(pi*0.001599186371) q[1];
rx(pi*0.001739800519) q[2];
rx(pi*0.000143011051) q[3];
rx(pi*-0.000929746383) q[4];
rx(pi*-0.002112901233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.007169300355) q[0];
rx(pi*0.001006229605) q[1];
rx(pi*0.000948378733) q[2];
rx(pi*-0.00149493468) q[3];
rx(pi*-0.001323035953) q[4];
rx(pi*0.00040144007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000844980963) q[0];
rx(pi*0.000876179646) q[1];
rx(pi*-0.001997846489) q[2];
rx(pi*-0.000495091035) q[3];
rx(pi*0.01336637427) q[4];
rx(pi*-0.003407697289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
