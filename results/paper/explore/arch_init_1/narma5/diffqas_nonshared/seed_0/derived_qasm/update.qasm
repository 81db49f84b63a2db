// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.003896367679) q[0];
rx(pi*-0.000216307926) q[1];
rx(pi*0.000273903574) q[2];
rx(pi*-0.001740907757) q[3];
rx(pi*-0.00218931264) q[4];
rx(pi*0.006282679546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003998678517) q[0];
rx(pi*-0.000513229241) q[1];
rx(pi*-0.001423055091) q[2];
rx(pi*-0.000349403974) q[3];
rx(pi*0.003330624058) q[4];
rx(pi*0.003163346678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000445677292) q[0];
rx(pi*0.003576767001) q[1];
rx(pi*-0.002440113688) q[2];
rx(pi*0.001132714021) q[3];
rx(pi*0.005664305524) q[4];
rx(pi*-0.001837871689) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000653088073) q[0];
rx(pi*0.004770761144) q[1];
rx(pi*-0.002681039866) q[2];
rx(pi*0.000205286557) q[3];
rx(pi*-0.001001599217) q[4];
rx(pi*-0.003555140143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001286925923) q[0];
rx(pi*-0.002687037033) q[1];
rx(pi*0.005270389186) q[2];
rx(pi*6.5798314e-05) q[3];
rx(pi*-0.000668795211) q[4];
rx(pi*0.00013010093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
