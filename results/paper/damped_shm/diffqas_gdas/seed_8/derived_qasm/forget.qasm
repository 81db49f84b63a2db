// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.499999975968) q[0];
ry(pi*4.6097e-08) q[1];
ry(pi*-0.499999482677) q[2];
ry(pi*2.795479e-06) q[3];
ry(pi*4.8957814e-05) q[4];
ry(pi*-0.489326780862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499999975968) q[0];
ry(pi*-0.030792067516) q[1];
ry(pi*-0.530792138348) q[2];
ry(pi*2.332e-08) q[3];
ry(pi*-5.8366e-08) q[4];
ry(pi*0.500000924606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499999975968) q[0];
ry(pi*-0.016487423282) q[1];
ry(pi*-0.016487620125) q[2];
ry(pi*-0.09847571326) q[3];
ry(pi*-0.098419202931) q[4];
ry(pi*-2.4731e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.322094e-06) q[0];
ry(pi*-8.940785e-06) q[1];
ry(pi*-0.499997926912) q[2];
ry(pi*0.003362684741) q[3];
ry(pi*0.010027844208) q[4];
ry(pi*-0.257523839783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.116678679663) q[0];
ry(pi*-0.01272099847) q[1];
ry(pi*0.499999938023) q[2];
ry(pi*1.10293e-07) q[3];
ry(pi*0.055796602699) q[4];
ry(pi*0.001611393259) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
