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
rx(pi*-0.008959926938) q[0];
rx(pi*-0.203550413787) q[1];
rx(pi*0.002021035337) q[2];
rx(pi*0.003605276519) q[3];
rx(pi*0.000245116153) q[4];
rx(pi*-0.002393159251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003228347905) q[0];
rx(pi*-0.194062161638) q[1];
rx(pi*0.009527608743) q[2];
rx(pi*0.008368655485) q[3];
rx(pi*0.002470364252) q[4];
rx(pi*-0.002779061085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018029879211) q[0];
rx(pi*-0.199970047597) q[1];
rx(pi*-0.001222855917) q[2];
rx(pi*0.009065499606) q[3];
rx(pi*-0.003512218452) q[4];
rx(pi*0.000207705712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001044910739) q[0];
rx(pi*-0.200060263012) q[1];
rx(pi*0.006271952829) q[2];
rx(pi*0.00802711401) q[3];
rx(pi*0.005880184562) q[4];
rx(pi*0.001946605989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000641403974) q[0];
rx(pi*-0.202099719553) q[1];
rx(pi*-0.000697257223) q[2];
rx(pi*0.013807489468) q[3];
rx(pi*0.001546087579) q[4];
rx(pi*0.000202124) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
