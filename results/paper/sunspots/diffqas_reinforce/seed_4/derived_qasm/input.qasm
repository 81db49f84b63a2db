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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.0e-12) q[0];
rx(pi*5.4e-10) q[1];
rx(pi*0.003717927801) q[2];
rx(pi*-0.002025821805) q[3];
rx(pi*0.00244620646) q[4];
rx(pi*0.000348661814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.81e-10) q[0];
rx(pi*-9.546e-09) q[1];
rx(pi*1.3e-11) q[2];
rx(pi*-1.025819e-06) q[3];
rx(pi*0.000698603843) q[4];
rx(pi*-0.003390095025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.0e-12) q[0];
rx(pi*4.0e-12) q[1];
rx(pi*6.7e-11) q[2];
rx(pi*-1.094627e-06) q[3];
rx(pi*0.000112975524) q[4];
rx(pi*-0.001113945972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.3e-10) q[0];
rx(pi*-2.12e-10) q[1];
rx(pi*-1.512e-09) q[2];
rx(pi*9.4108e-08) q[3];
rx(pi*-0.000733406088) q[4];
rx(pi*0.003392494782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.0e-12) q[0];
rx(pi*-2.6e-11) q[1];
rx(pi*-0.003717911793) q[2];
rx(pi*0.002025904959) q[3];
rx(pi*-0.002552810772) q[4];
rx(pi*0.008477299961) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
