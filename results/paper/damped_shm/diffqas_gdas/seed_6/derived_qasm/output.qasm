// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.036008894857) q[0];
ry(pi*-0.476923878293) q[1];
ry(pi*0.012594849857) q[2];
ry(pi*0.031380917572) q[3];
ry(pi*0.470698350592) q[4];
ry(pi*0.350840521435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023227123118) q[0];
ry(pi*-0.079411929579) q[1];
ry(pi*0.502345083474) q[2];
ry(pi*0.019267409882) q[3];
ry(pi*-0.053094318988) q[4];
ry(pi*0.316553142557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006404727675) q[0];
ry(pi*-0.005616339453) q[1];
ry(pi*-0.011323981697) q[2];
ry(pi*-0.502667771967) q[3];
ry(pi*-0.002938086209) q[4];
ry(pi*-0.309226569389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004861706121) q[0];
ry(pi*-0.083105292711) q[1];
ry(pi*0.11950527756) q[2];
ry(pi*0.031137565995) q[3];
ry(pi*0.029694837943) q[4];
ry(pi*-0.081167975958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012938215087) q[0];
ry(pi*-0.161556171986) q[1];
ry(pi*-0.010132745716) q[2];
ry(pi*-0.015822298038) q[3];
ry(pi*-0.001204175987) q[4];
ry(pi*-0.000607885132) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
