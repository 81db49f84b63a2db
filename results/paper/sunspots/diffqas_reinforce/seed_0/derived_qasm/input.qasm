// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*4.79272e-06) q[0];
rx(pi*-9.2682447e-05) q[1];
rx(pi*2.251416e-05) q[2];
rx(pi*6.14096e-07) q[3];
rx(pi*1.354e-08) q[4];
rx(pi*1.33627e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000116541103) q[0];
rx(pi*3.0668567e-05) q[1];
rx(pi*4.197331e-06) q[2];
rx(pi*2.59617e-07) q[3];
rx(pi*4.54202e-07) q[4];
rx(pi*7.75067e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000957407463) q[0];
rx(pi*8.977654e-06) q[1];
rx(pi*-6.45e-10) q[2];
rx(pi*3.2855e-08) q[3];
rx(pi*2.131e-09) q[4];
rx(pi*7.7301e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.98895e-07) q[0];
rx(pi*1.45128e-07) q[1];
rx(pi*-7.0799995e-05) q[2];
rx(pi*0.000886869974) q[3];
rx(pi*-1.7660615e-05) q[4];
rx(pi*-5.716e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-5.994e-08) q[0];
rx(pi*-7.91e-10) q[1];
rx(pi*-4.303615e-06) q[2];
rx(pi*-2.5829e-08) q[3];
rx(pi*-3.523e-09) q[4];
rx(pi*-0.005249129629) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
