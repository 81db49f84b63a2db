// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.074430829143) q[0];
ry(pi*0.310491463505) q[1];
ry(pi*0.170942407671) q[2];
ry(pi*0.111135117891) q[3];
ry(pi*-0.027616693599) q[4];
ry(pi*-0.076161769833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060441970879) q[0];
ry(pi*-0.122202984095) q[1];
ry(pi*0.075889866643) q[2];
ry(pi*-0.024893931178) q[3];
ry(pi*0.005081166265) q[4];
ry(pi*0.041545356077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.163981439351) q[0];
ry(pi*0.161511453219) q[1];
ry(pi*-0.008872249127) q[2];
ry(pi*0.14635356539) q[3];
ry(pi*-0.015360750377) q[4];
ry(pi*-0.009247037971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007952206638) q[0];
ry(pi*0.056747597447) q[1];
ry(pi*-0.208726558813) q[2];
ry(pi*0.239117390661) q[3];
ry(pi*-0.074390094653) q[4];
ry(pi*-0.149184413183) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093779445942) q[0];
ry(pi*0.124355224134) q[1];
ry(pi*0.189460283739) q[2];
ry(pi*0.113813889624) q[3];
ry(pi*-0.397711100904) q[4];
ry(pi*-0.000551211681) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
