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
ry(pi*0.003008177468) q[0];
ry(pi*0.015461972357) q[1];
ry(pi*-0.061824695244) q[2];
ry(pi*0.058798646337) q[3];
ry(pi*0.12328088281) q[4];
ry(pi*0.001252509655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007146890575) q[0];
ry(pi*0.005035281861) q[1];
ry(pi*0.003370742526) q[2];
ry(pi*-4.0255733e-05) q[3];
ry(pi*-0.003825805955) q[4];
ry(pi*0.003810420242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009378360216) q[0];
ry(pi*0.000833151752) q[1];
ry(pi*0.013946973552) q[2];
ry(pi*-0.014647624081) q[3];
ry(pi*-0.039048976482) q[4];
ry(pi*-0.000550711238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00630578776) q[0];
ry(pi*0.000708761526) q[1];
ry(pi*0.00437954368) q[2];
ry(pi*-0.014251048593) q[3];
ry(pi*-0.003300289303) q[4];
ry(pi*-0.000262951796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045140558956) q[0];
ry(pi*0.024239480476) q[1];
ry(pi*-0.061212975913) q[2];
ry(pi*0.070380493762) q[3];
ry(pi*-0.022101946688) q[4];
ry(pi*-0.000158916179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
