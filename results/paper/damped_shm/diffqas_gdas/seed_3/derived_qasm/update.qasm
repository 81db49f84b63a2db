// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*0.170764405352) q[0];
ry(pi*0.039905437144) q[1];
ry(pi*0.023771206975) q[2];
ry(pi*0.024103047447) q[3];
ry(pi*-0.008083167808) q[4];
ry(pi*0.000747717469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019630027708) q[0];
ry(pi*0.293931897535) q[1];
ry(pi*-0.047817030244) q[2];
ry(pi*-0.038559657461) q[3];
ry(pi*0.000751842263) q[4];
ry(pi*-0.001081050118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089497752133) q[0];
ry(pi*-0.047503643141) q[1];
ry(pi*0.173373822206) q[2];
ry(pi*-0.000652471904) q[3];
ry(pi*-0.149893956001) q[4];
ry(pi*0.001408847912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.239924358539) q[0];
ry(pi*0.093210586048) q[1];
ry(pi*0.000968197472) q[2];
ry(pi*0.000565874873) q[3];
ry(pi*-9.9964443e-05) q[4];
ry(pi*0.000931282508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080273126313) q[0];
ry(pi*0.000947437803) q[1];
ry(pi*0.440169036659) q[2];
ry(pi*-0.034526615741) q[3];
ry(pi*0.282120356539) q[4];
ry(pi*-0.001496051404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
