// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.008371960301) q[0];
ry(pi*-0.006937737376) q[1];
ry(pi*0.071833213338) q[2];
ry(pi*-0.348574606178) q[3];
ry(pi*0.002842316818) q[4];
ry(pi*-0.001028803766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071191768454) q[0];
ry(pi*0.103380007271) q[1];
ry(pi*0.062581214586) q[2];
ry(pi*0.021477444468) q[3];
ry(pi*0.00026405166) q[4];
ry(pi*7.987916e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007411801122) q[0];
ry(pi*0.017584505817) q[1];
ry(pi*-0.080092904183) q[2];
ry(pi*-0.000855560864) q[3];
ry(pi*-0.155373750367) q[4];
ry(pi*0.000239981505) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019788453708) q[0];
ry(pi*0.003872855998) q[1];
ry(pi*-0.000211585046) q[2];
ry(pi*6.7035058e-05) q[3];
ry(pi*0.000231819314) q[4];
ry(pi*8.2192315e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001613222202) q[0];
ry(pi*0.000180930792) q[1];
ry(pi*-0.042265789253) q[2];
ry(pi*0.209209415242) q[3];
ry(pi*-0.299574240917) q[4];
ry(pi*0.00060770037) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
