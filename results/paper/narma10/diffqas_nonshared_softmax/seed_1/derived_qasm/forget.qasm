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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103415837305) q[0];
rx(pi*0.003117327982) q[1];
rx(pi*-0.002344146714) q[2];
rx(pi*-0.000202062894) q[3];
rx(pi*0.000152748499) q[4];
rx(pi*0.003786769527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104173570902) q[0];
rx(pi*-0.004000454544) q[1];
rx(pi*0.001446869595) q[2];
rx(pi*0.002353976524) q[3];
rx(pi*0.006789865559) q[4];
rx(pi*-0.005344933704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094293057194) q[0];
rx(pi*0.004155655474) q[1];
rx(pi*-0.004285496955) q[2];
rx(pi*-0.003856312355) q[3];
rx(pi*0.00167471436) q[4];
rx(pi*0.00324169375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101193938822) q[0];
rx(pi*0.001638823554) q[1];
rx(pi*0.000361340945) q[2];
rx(pi*0.004816669265) q[3];
rx(pi*2.473339e-05) q[4];
rx(pi*0.003152057004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095325155696) q[0];
rx(pi*-0.000668360024) q[1];
rx(pi*-0.000309218954) q[2];
rx(pi*0.003586963667) q[3];
rx(pi*0.001873753305) q[4];
rx(pi*-0.002392904749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
