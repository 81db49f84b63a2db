// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.492416720497) q[0];
ry(pi*7.8043805e-05) q[1];
ry(pi*0.001052687639) q[2];
ry(pi*-0.003089893389) q[3];
ry(pi*-0.214398158172) q[4];
ry(pi*-0.490920795232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.50219618535) q[0];
ry(pi*-0.499952278481) q[1];
ry(pi*0.462938648567) q[2];
ry(pi*0.020053428288) q[3];
ry(pi*0.367175070617) q[4];
ry(pi*-0.008344427879) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.500053934463) q[0];
ry(pi*0.379836685573) q[1];
ry(pi*0.00037536566) q[2];
ry(pi*-0.008142451715) q[3];
ry(pi*0.005880097998) q[4];
ry(pi*-0.008170386715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000280580202) q[0];
ry(pi*0.14564732383) q[1];
ry(pi*0.010721238847) q[2];
ry(pi*0.386466067182) q[3];
ry(pi*-0.094166708181) q[4];
ry(pi*9.1922036e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001846744117) q[0];
ry(pi*-0.151741560117) q[1];
ry(pi*0.036515965255) q[2];
ry(pi*-0.006396214247) q[3];
ry(pi*-0.487731741963) q[4];
ry(pi*-0.006027108334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
