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
ry(pi*-0.501162701838) q[0];
ry(pi*0.037812818964) q[1];
ry(pi*-0.037754876193) q[2];
ry(pi*0.003175590029) q[3];
ry(pi*-0.495927361839) q[4];
ry(pi*-0.08393405079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021605358733) q[0];
ry(pi*0.134176675679) q[1];
ry(pi*-0.022386469127) q[2];
ry(pi*0.189324571675) q[3];
ry(pi*0.496036075683) q[4];
ry(pi*0.533698763295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015998334306) q[0];
ry(pi*-0.065913052011) q[1];
ry(pi*0.000582437452) q[2];
ry(pi*0.002393615189) q[3];
ry(pi*-0.002490920187) q[4];
ry(pi*0.045562626701) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03594475274) q[0];
ry(pi*0.026861163211) q[1];
ry(pi*0.178782478255) q[2];
ry(pi*0.002337614753) q[3];
ry(pi*0.340459354861) q[4];
ry(pi*0.504100176473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042448539502) q[0];
ry(pi*0.006923897942) q[1];
ry(pi*-0.383167237594) q[2];
ry(pi*-0.08480217732) q[3];
ry(pi*-0.014285039457) q[4];
ry(pi*0.005375297215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
