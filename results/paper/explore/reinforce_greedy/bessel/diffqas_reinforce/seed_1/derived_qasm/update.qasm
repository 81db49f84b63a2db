// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.332954684511) q[0];
ry(pi*-0.631817162798) q[1];
ry(pi*-0.056009514873) q[2];
ry(pi*-0.058032635878) q[3];
ry(pi*-0.276553069347) q[4];
ry(pi*0.040201630195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.06231530204) q[0];
ry(pi*-0.138645061325) q[1];
ry(pi*-0.027887247352) q[2];
ry(pi*-0.228296359905) q[3];
ry(pi*0.027862822311) q[4];
ry(pi*-0.022813695088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.174728514337) q[0];
ry(pi*0.055638256147) q[1];
ry(pi*-0.215393032143) q[2];
ry(pi*0.094317731253) q[3];
ry(pi*0.032998453406) q[4];
ry(pi*0.0224547141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111093861651) q[0];
ry(pi*0.497889978752) q[1];
ry(pi*0.042980668156) q[2];
ry(pi*0.467812102377) q[3];
ry(pi*-0.522748717854) q[4];
ry(pi*0.252867472152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013180725934) q[0];
ry(pi*-0.021028715269) q[1];
ry(pi*-0.505890672618) q[2];
ry(pi*0.012594226128) q[3];
ry(pi*0.220024279855) q[4];
ry(pi*-0.004625492744) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
