// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.015526004195) q[0];
rx(pi*-0.00417393957) q[1];
rx(pi*-0.00388403065) q[2];
rx(pi*-0.002881440106) q[3];
rx(pi*-0.002317771038) q[4];
rx(pi*0.002565546822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012386333431) q[0];
rx(pi*-0.000155986391) q[1];
rx(pi*0.00084604944) q[2];
rx(pi*0.000860105504) q[3];
rx(pi*0.000662414217) q[4];
rx(pi*-0.003636983241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018040342681) q[0];
rx(pi*0.001020113877) q[1];
rx(pi*-0.003034267961) q[2];
rx(pi*-0.002743172057) q[3];
rx(pi*0.003104843914) q[4];
rx(pi*0.001353369375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018403858155) q[0];
rx(pi*-0.003816626406) q[1];
rx(pi*0.0010824521) q[2];
rx(pi*-0.001728496319) q[3];
rx(pi*0.000765007126) q[4];
rx(pi*-0.001790179093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01200464325) q[0];
rx(pi*0.005122350172) q[1];
rx(pi*0.002687935274) q[2];
rx(pi*-0.007029193135) q[3];
rx(pi*-0.001366730932) q[4];
rx(pi*0.000459514576) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
