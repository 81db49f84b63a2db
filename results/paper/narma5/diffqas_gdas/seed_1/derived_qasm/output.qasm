// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.067562011458) q[0];
rx(pi*0.008254078469) q[1];
rx(pi*-0.000640731182) q[2];
rx(pi*0.011896685944) q[3];
rx(pi*0.003696603915) q[4];
rx(pi*-0.004251516764) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005831957616) q[0];
rx(pi*-0.013115394463) q[1];
rx(pi*0.011247616387) q[2];
rx(pi*-0.000908365578) q[3];
rx(pi*0.013515079109) q[4];
rx(pi*-0.002919042314) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.061275135378) q[0];
rx(pi*0.000870427198) q[1];
rx(pi*-0.020351167618) q[2];
rx(pi*-0.002523891561) q[3];
rx(pi*-0.004263369395) q[4];
rx(pi*0.002700597804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005988782198) q[0];
rx(pi*0.002374990473) q[1];
rx(pi*0.980393362687) q[2];
rx(pi*-0.009735352622) q[3];
rx(pi*-0.006410531557) q[4];
rx(pi*-0.004037521068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004120429307) q[0];
rx(pi*-0.094165930299) q[1];
rx(pi*0.002756990147) q[2];
rx(pi*-0.000874507376) q[3];
rx(pi*-0.001780091965) q[4];
rx(pi*-0.001979354582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
