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
rx(pi*0.011730977966) q[0];
rx(pi*0.234125869443) q[1];
rx(pi*0.148233280882) q[2];
rx(pi*-0.000657641533) q[3];
rx(pi*-0.00058697305) q[4];
rx(pi*-0.004282499261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002112904197) q[0];
rx(pi*0.12757290728) q[1];
rx(pi*0.137922987007) q[2];
rx(pi*-0.001337308795) q[3];
rx(pi*0.002238127593) q[4];
rx(pi*0.004835759406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021397431648) q[0];
rx(pi*0.214584584391) q[1];
rx(pi*0.161925988784) q[2];
rx(pi*0.00369040783) q[3];
rx(pi*0.003166055927) q[4];
rx(pi*-0.000637088711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003272288492) q[0];
rx(pi*0.191175837531) q[1];
rx(pi*0.14633198389) q[2];
rx(pi*0.001534967622) q[3];
rx(pi*-0.000928176388) q[4];
rx(pi*-0.005563120303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008512071078) q[0];
rx(pi*0.232008472855) q[1];
rx(pi*0.154052450272) q[2];
rx(pi*0.003871545396) q[3];
rx(pi*0.003187252933) q[4];
rx(pi*0.00228864535) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
