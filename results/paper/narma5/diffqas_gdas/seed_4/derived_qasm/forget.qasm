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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001655574711) q[0];
ry(pi*-0.000464981544) q[1];
ry(pi*0.000745654331) q[2];
ry(pi*0.005921558195) q[3];
ry(pi*0.010032836413) q[4];
ry(pi*0.008242930201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004004911954) q[0];
ry(pi*0.003761059971) q[1];
ry(pi*0.001785275972) q[2];
ry(pi*-0.000437831949) q[3];
ry(pi*0.001577582933) q[4];
ry(pi*0.000663388126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000255825992) q[0];
ry(pi*0.002354077317) q[1];
ry(pi*0.001077892415) q[2];
ry(pi*0.005449867229) q[3];
ry(pi*-0.003110607776) q[4];
ry(pi*-0.010106079519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001101179462) q[0];
ry(pi*0.005814965741) q[1];
ry(pi*-0.005517508632) q[2];
ry(pi*0.005531927327) q[3];
ry(pi*0.003503310747) q[4];
ry(pi*0.014673948768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.289355006745) q[0];
ry(pi*-0.178769425004) q[1];
ry(pi*0.05498146231) q[2];
ry(pi*-0.019084281363) q[3];
ry(pi*0.012932963193) q[4];
ry(pi*0.001947858783) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
