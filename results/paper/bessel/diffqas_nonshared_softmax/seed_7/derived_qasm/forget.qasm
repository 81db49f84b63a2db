// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.08207706465) q[0];
ry(pi*-0.155183377817) q[1];
ry(pi*-0.008711670906) q[2];
ry(pi*0.453101165051) q[3];
ry(pi*0.07240297918) q[4];
ry(pi*0.273390938407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001389736723) q[0];
ry(pi*0.031346785599) q[1];
ry(pi*-0.163815617536) q[2];
ry(pi*0.167735406182) q[3];
ry(pi*0.022257795952) q[4];
ry(pi*-0.048796441425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.636094948221) q[0];
ry(pi*-0.484874370269) q[1];
ry(pi*-0.596635541402) q[2];
ry(pi*0.453075210332) q[3];
ry(pi*-0.382789072787) q[4];
ry(pi*-0.441262056653) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.060024148286) q[0];
ry(pi*-0.10180566764) q[1];
ry(pi*-0.10774041901) q[2];
ry(pi*0.203925675764) q[3];
ry(pi*0.265087875861) q[4];
ry(pi*-0.327132100025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.391951354159) q[0];
ry(pi*0.203898867271) q[1];
ry(pi*-0.00706697499) q[2];
ry(pi*0.72166906024) q[3];
ry(pi*-0.111905202747) q[4];
ry(pi*0.006415639969) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
