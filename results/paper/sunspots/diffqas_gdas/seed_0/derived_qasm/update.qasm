// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.121937972755) q[0];
ry(pi*0.017572403575) q[1];
ry(pi*-0.116948234975) q[2];
ry(pi*0.052794023081) q[3];
ry(pi*0.081412212139) q[4];
ry(pi*-0.000275282229) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044582195735) q[0];
ry(pi*-0.009069659974) q[1];
ry(pi*0.053199333146) q[2];
ry(pi*-0.02879641905) q[3];
ry(pi*0.000859918074) q[4];
ry(pi*-0.000444606406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.132213622393) q[0];
ry(pi*0.003940453526) q[1];
ry(pi*-0.103152561972) q[2];
ry(pi*0.004779446216) q[3];
ry(pi*0.004702045113) q[4];
ry(pi*-0.000888570258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095131311133) q[0];
ry(pi*0.057685889942) q[1];
ry(pi*-0.000147077259) q[2];
ry(pi*0.000346702248) q[3];
ry(pi*-9.326328e-06) q[4];
ry(pi*-0.000638648108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.148024125311) q[0];
ry(pi*-0.003635349213) q[1];
ry(pi*-0.011442282708) q[2];
ry(pi*0.009752587585) q[3];
ry(pi*-0.061057906903) q[4];
ry(pi*-0.006111316503) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
