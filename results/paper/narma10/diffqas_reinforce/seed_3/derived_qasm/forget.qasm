// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00803994611) q[0];
rx(pi*-7.2208883e-05) q[1];
rx(pi*8.238773e-06) q[2];
rx(pi*-0.002236343858) q[3];
rx(pi*-1.2658181e-05) q[4];
rx(pi*-4.272197e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-4.0047297e-05) q[0];
rx(pi*-0.000913330361) q[1];
rx(pi*-2.4262483e-05) q[2];
rx(pi*6.6550637e-05) q[3];
rx(pi*0.000889306268) q[4];
rx(pi*-0.001122552633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-7.884912e-06) q[0];
rx(pi*-1.3167376e-05) q[1];
rx(pi*-0.004156184043) q[2];
rx(pi*-1.0955245e-05) q[3];
rx(pi*0.001898339763) q[4];
rx(pi*-6.690067e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003772790465) q[0];
rx(pi*-5.58839e-06) q[1];
rx(pi*4.85502e-07) q[2];
rx(pi*3.057588e-05) q[3];
rx(pi*1.0752406e-05) q[4];
rx(pi*-9.965575e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.588115e-06) q[0];
rx(pi*0.002129081281) q[1];
rx(pi*0.006160068164) q[2];
rx(pi*-0.000858228092) q[3];
rx(pi*-0.000775271383) q[4];
rx(pi*0.003190463181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
