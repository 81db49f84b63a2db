// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.148225483082) q[0];
ry(pi*-0.303866350764) q[1];
ry(pi*-0.065832963299) q[2];
ry(pi*0.037559874292) q[3];
ry(pi*-0.000935887846) q[4];
ry(pi*0.021488963297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060208762607) q[0];
ry(pi*0.020683091096) q[1];
ry(pi*0.143837096027) q[2];
ry(pi*-0.033855627917) q[3];
ry(pi*0.002079825508) q[4];
ry(pi*-0.026074408425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148993215318) q[0];
ry(pi*-0.209683164752) q[1];
ry(pi*-0.097300949182) q[2];
ry(pi*-0.010600204575) q[3];
ry(pi*-0.19148903965) q[4];
ry(pi*0.087228298458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016659653143) q[0];
ry(pi*-0.004281611989) q[1];
ry(pi*-0.464848976587) q[2];
ry(pi*-0.309674914389) q[3];
ry(pi*-0.186552786046) q[4];
ry(pi*-0.114320993225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.282964776621) q[0];
ry(pi*0.023655541991) q[1];
ry(pi*0.024666521453) q[2];
ry(pi*-0.182694962393) q[3];
ry(pi*-0.220681970154) q[4];
ry(pi*-0.00307722493) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
