// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-2.9084087e-05) q[0];
rx(pi*-0.000204802177) q[1];
rx(pi*8.534557e-05) q[2];
rx(pi*-3.55946e-07) q[3];
rx(pi*8.2080989e-05) q[4];
rx(pi*2.5240462e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.3936445e-05) q[0];
rx(pi*-9.076313e-06) q[1];
rx(pi*5.000647e-06) q[2];
rx(pi*-4.2850372e-05) q[3];
rx(pi*9.47331e-07) q[4];
rx(pi*-0.002713085133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-9.8016327e-05) q[0];
rx(pi*-2.2331589e-05) q[1];
rx(pi*7.3751e-08) q[2];
rx(pi*3.932473e-05) q[3];
rx(pi*6.65375e-07) q[4];
rx(pi*-3.6430413e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.59432e-07) q[0];
rx(pi*-0.000601758157) q[1];
rx(pi*1.8936126e-05) q[2];
rx(pi*-6.9813773e-05) q[3];
rx(pi*-9.725489e-06) q[4];
rx(pi*1.8128625e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000161941036) q[0];
rx(pi*-5.63699e-07) q[1];
rx(pi*5.249037e-06) q[2];
rx(pi*1.245838e-06) q[3];
rx(pi*0.088704643847) q[4];
rx(pi*0.00090516289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
