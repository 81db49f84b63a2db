// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.007155336412) q[0];
rx(pi*-0.007998125431) q[1];
rx(pi*-0.013121459813) q[2];
rx(pi*-0.005391733544) q[3];
rx(pi*-0.002550602226) q[4];
rx(pi*0.004579249043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010190495203) q[0];
rx(pi*0.008378601355) q[1];
rx(pi*0.009375889608) q[2];
rx(pi*0.001308593838) q[3];
rx(pi*-0.001699012076) q[4];
rx(pi*-0.001340525862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00581806245) q[0];
rx(pi*-0.012511442101) q[1];
rx(pi*0.003610027413) q[2];
rx(pi*-0.000529445308) q[3];
rx(pi*0.002453465463) q[4];
rx(pi*-0.002947079885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004672648619) q[0];
rx(pi*0.017228900792) q[1];
rx(pi*0.003964251577) q[2];
rx(pi*0.003019091838) q[3];
rx(pi*-0.000818157871) q[4];
rx(pi*-0.002436323586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010201984387) q[0];
rx(pi*-0.005825877443) q[1];
rx(pi*-0.010207827994) q[2];
rx(pi*-0.007445673406) q[3];
rx(pi*0.002641318047) q[4];
rx(pi*-0.000381677026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
