// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.148139109648) q[0];
rx(pi*0.002018851692) q[1];
rx(pi*-0.008644636631) q[2];
rx(pi*0.003747318662) q[3];
rx(pi*0.003320432432) q[4];
rx(pi*-0.002746169751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152083211871) q[0];
rx(pi*0.000765426083) q[1];
rx(pi*0.002733422437) q[2];
rx(pi*0.00573889866) q[3];
rx(pi*1.127632e-06) q[4];
rx(pi*-0.003543131876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147969787362) q[0];
rx(pi*-0.004410801282) q[1];
rx(pi*-0.00283677648) q[2];
rx(pi*-0.002504582937) q[3];
rx(pi*-0.002564969339) q[4];
rx(pi*0.003418643378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150558296248) q[0];
rx(pi*-0.003198494286) q[1];
rx(pi*0.003436661856) q[2];
rx(pi*-0.005415721619) q[3];
rx(pi*-0.002367400485) q[4];
rx(pi*-0.000714688361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.151783689103) q[0];
rx(pi*0.002001231197) q[1];
rx(pi*0.0012235754) q[2];
rx(pi*0.004206227333) q[3];
rx(pi*0.002038244212) q[4];
rx(pi*0.004112014597) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
