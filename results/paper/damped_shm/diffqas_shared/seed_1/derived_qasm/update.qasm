// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.045590535613) q[0];
ry(pi*0.130561390146) q[1];
ry(pi*0.016157087587) q[2];
ry(pi*0.000157873697) q[3];
ry(pi*0.043062061244) q[4];
ry(pi*-0.051045926283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006685272952) q[0];
ry(pi*-0.403529093984) q[1];
ry(pi*-0.015079343025) q[2];
ry(pi*-0.257596922807) q[3];
ry(pi*-0.093585392678) q[4];
ry(pi*-0.112275180814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002946631357) q[0];
ry(pi*-0.365862460041) q[1];
ry(pi*-0.067534306503) q[2];
ry(pi*-0.058741822958) q[3];
ry(pi*0.015371618204) q[4];
ry(pi*-0.008593832948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048287753601) q[0];
ry(pi*0.01416369332) q[1];
ry(pi*0.104543188487) q[2];
ry(pi*0.167171858657) q[3];
ry(pi*-0.162968939697) q[4];
ry(pi*-0.274495209241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000734014031) q[0];
ry(pi*0.047422273769) q[1];
ry(pi*0.017544087935) q[2];
ry(pi*0.004002394508) q[3];
ry(pi*0.033490910045) q[4];
ry(pi*0.000963817065) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
