// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.000605276601) q[0];
ry(pi*-0.000767865045) q[1];
ry(pi*-0.004450674586) q[2];
ry(pi*0.097495600087) q[3];
ry(pi*0.512358785871) q[4];
ry(pi*0.005149165186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00152074236) q[0];
ry(pi*0.180179100158) q[1];
ry(pi*-0.510452328292) q[2];
ry(pi*0.008325156904) q[3];
ry(pi*0.007405406713) q[4];
ry(pi*-0.458320226433) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.481583661018) q[0];
ry(pi*0.222620472704) q[1];
ry(pi*-0.471928164098) q[2];
ry(pi*-0.30421992689) q[3];
ry(pi*0.511693866955) q[4];
ry(pi*0.49997830909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012603503801) q[0];
ry(pi*-0.489546675008) q[1];
ry(pi*0.012654947221) q[2];
ry(pi*-0.011317542821) q[3];
ry(pi*-0.458215572756) q[4];
ry(pi*0.259402805851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068391509474) q[0];
ry(pi*-0.148035300259) q[1];
ry(pi*-0.475953004848) q[2];
ry(pi*-0.004223312885) q[3];
ry(pi*0.012467572365) q[4];
ry(pi*0.001514525672) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
