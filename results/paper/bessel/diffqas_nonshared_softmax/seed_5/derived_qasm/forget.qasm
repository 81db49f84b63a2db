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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074652772345) q[0];
ry(pi*0.05927682124) q[1];
ry(pi*-0.044557682945) q[2];
ry(pi*-0.003670607989) q[3];
ry(pi*0.001610663698) q[4];
ry(pi*-0.005343041766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.043264182668) q[0];
ry(pi*0.470187300661) q[1];
ry(pi*0.000775102926) q[2];
ry(pi*0.002487115854) q[3];
ry(pi*-0.007192139393) q[4];
ry(pi*-0.000751925936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.601309022451) q[0];
ry(pi*0.008507244885) q[1];
ry(pi*0.001729618824) q[2];
ry(pi*0.399361767899) q[3];
ry(pi*-0.011688935542) q[4];
ry(pi*-0.001773939607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026166831794) q[0];
ry(pi*0.464682699426) q[1];
ry(pi*-0.487572181155) q[2];
ry(pi*0.483723824904) q[3];
ry(pi*0.069042981455) q[4];
ry(pi*-0.058350201729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.475498949051) q[0];
ry(pi*0.399494956587) q[1];
ry(pi*0.014608170252) q[2];
ry(pi*0.061048097992) q[3];
ry(pi*-0.42939798012) q[4];
ry(pi*-0.002117710528) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
