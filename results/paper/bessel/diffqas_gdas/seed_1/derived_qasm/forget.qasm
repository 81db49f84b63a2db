// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001121239585) q[0];
rx(pi*0.010556600457) q[1];
rx(pi*0.009211394107) q[2];
rx(pi*-0.00412324765) q[3];
rx(pi*0.010764237022) q[4];
rx(pi*0.008617884464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006481330736) q[0];
rx(pi*0.001872525117) q[1];
rx(pi*0.009295353259) q[2];
rx(pi*0.008792763394) q[3];
rx(pi*0.000113586098) q[4];
rx(pi*0.00175853759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005674193883) q[0];
rx(pi*0.007699289239) q[1];
rx(pi*-0.003165359864) q[2];
rx(pi*0.0134890568) q[3];
rx(pi*-0.001368763981) q[4];
rx(pi*0.010677716549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002465596015) q[0];
rx(pi*0.007012961356) q[1];
rx(pi*0.008063829242) q[2];
rx(pi*0.00708863416) q[3];
rx(pi*0.012278503005) q[4];
rx(pi*0.011068833814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00142973587) q[0];
rx(pi*-0.006012886481) q[1];
rx(pi*-0.000555912958) q[2];
rx(pi*-0.001341597822) q[3];
rx(pi*0.000697842562) q[4];
rx(pi*0.000691811822) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
