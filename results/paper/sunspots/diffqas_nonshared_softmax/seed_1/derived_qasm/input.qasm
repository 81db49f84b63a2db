// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*0.013380897909) q[0];
ry(pi*-0.014575286923) q[1];
ry(pi*0.002780348267) q[2];
ry(pi*0.000116650039) q[3];
ry(pi*0.004473638133) q[4];
ry(pi*-1.0e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032759014959) q[0];
ry(pi*0.000166925347) q[1];
ry(pi*0.002565818666) q[2];
ry(pi*-0.002398214895) q[3];
ry(pi*-1.0e-12) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000428263978) q[0];
ry(pi*-4.3324024e-05) q[1];
ry(pi*-9.021631e-06) q[2];
ry(0) q[3];
ry(pi*0.001324555403) q[4];
ry(pi*-2.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008681127746) q[0];
ry(pi*-0.007069752719) q[1];
ry(pi*4.0e-12) q[2];
ry(pi*-6.0e-12) q[3];
ry(pi*2.0e-12) q[4];
ry(pi*1.3e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000609081119) q[0];
ry(0) q[1];
ry(pi*-7.1324191e-05) q[2];
ry(pi*-4.0753856e-05) q[3];
ry(pi*-0.004444052504) q[4];
ry(pi*0.002178804999) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
