// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.692499599024) q[0];
ry(pi*0.196642189706) q[1];
ry(pi*-0.334140063841) q[2];
ry(pi*0.000378748071) q[3];
ry(pi*-0.002821782969) q[4];
ry(pi*0.237969254835) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033020928997) q[0];
ry(pi*-0.056542573193) q[1];
ry(pi*0.000758681197) q[2];
ry(pi*-0.027226372003) q[3];
ry(pi*0.000357017049) q[4];
ry(pi*0.137290302789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081737509385) q[0];
ry(pi*0.000545334132) q[1];
ry(pi*-0.002803906194) q[2];
ry(pi*0.000768140224) q[3];
ry(pi*-0.00199575919) q[4];
ry(pi*0.09159425024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000220467052) q[0];
ry(pi*-0.007540733987) q[1];
ry(pi*-0.499642491456) q[2];
ry(pi*-0.01432083866) q[3];
ry(pi*-0.000259054657) q[4];
ry(pi*0.000258375825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000768536724) q[0];
ry(pi*0.426614260632) q[1];
ry(pi*0.30898256088) q[2];
ry(pi*0.504310811917) q[3];
ry(pi*0.098778442422) q[4];
ry(pi*-0.001465737993) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
