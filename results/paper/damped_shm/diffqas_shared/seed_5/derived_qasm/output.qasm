// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.130538034694) q[0];
ry(pi*-0.030575192409) q[1];
ry(pi*0.040488346358) q[2];
ry(pi*0.053721022047) q[3];
ry(pi*0.008179270111) q[4];
ry(pi*-0.001729942546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020821874373) q[0];
ry(pi*-0.063189770211) q[1];
ry(pi*-0.009976845463) q[2];
ry(pi*-0.000113484342) q[3];
ry(pi*0.007973057095) q[4];
ry(pi*-0.01044308295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00177292249) q[0];
ry(pi*0.002065571787) q[1];
ry(pi*0.00263362193) q[2];
ry(pi*1.621364e-05) q[3];
ry(pi*-0.00015572394) q[4];
ry(pi*-9.569787e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.136866793115) q[0];
ry(pi*0.008530877814) q[1];
ry(pi*-0.012826259275) q[2];
ry(pi*0.050185521662) q[3];
ry(pi*0.002998877264) q[4];
ry(pi*-0.001699582889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008017567754) q[0];
ry(pi*0.002620750699) q[1];
ry(pi*-0.369331816684) q[2];
ry(pi*-0.00681203225) q[3];
ry(pi*-0.324265924977) q[4];
ry(pi*0.001339442044) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
