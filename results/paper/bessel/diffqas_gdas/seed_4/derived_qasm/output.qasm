// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.011520866643) q[0];
rx(pi*-0.20217185394) q[1];
rx(pi*0.002099604598) q[2];
rx(pi*0.003710073676) q[3];
rx(pi*0.000244304976) q[4];
rx(pi*-0.002393131533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003052783584) q[0];
rx(pi*-0.196297208234) q[1];
rx(pi*0.009731155495) q[2];
rx(pi*0.008465594368) q[3];
rx(pi*0.002469806187) q[4];
rx(pi*-0.002779032922) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019051601991) q[0];
rx(pi*-0.199262971236) q[1];
rx(pi*-0.001144425617) q[2];
rx(pi*0.009174463061) q[3];
rx(pi*-0.003513067186) q[4];
rx(pi*0.000207246308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000362923021) q[0];
rx(pi*-0.201803498043) q[1];
rx(pi*0.006508647343) q[2];
rx(pi*0.008127441307) q[3];
rx(pi*0.005879535931) q[4];
rx(pi*0.001946709153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.4205581e-05) q[0];
rx(pi*-0.200814904052) q[1];
rx(pi*-0.000618849045) q[2];
rx(pi*0.013912540386) q[3];
rx(pi*0.001545517804) q[4];
rx(pi*0.000202106028) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
