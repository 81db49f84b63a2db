// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.003094578472) q[0];
ry(pi*0.007424719192) q[1];
ry(pi*0.00098635202) q[2];
ry(pi*-0.000783069923) q[3];
ry(pi*-0.001505155358) q[4];
ry(pi*0.004356216094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.4703221e-05) q[0];
ry(pi*0.000443584916) q[1];
ry(pi*-0.082133774193) q[2];
ry(pi*0.00194499538) q[3];
ry(pi*0.000337518252) q[4];
ry(pi*0.004302020143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001194142887) q[0];
ry(pi*0.000517015675) q[1];
ry(pi*0.00026625802) q[2];
ry(pi*-0.001343485611) q[3];
ry(pi*-0.002319346517) q[4];
ry(pi*-0.005110220064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021827837915) q[0];
ry(pi*0.494348487722) q[1];
ry(pi*0.00198252555) q[2];
ry(pi*-0.502087813016) q[3];
ry(pi*-0.499030620343) q[4];
ry(pi*0.121570461146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029982934374) q[0];
ry(pi*-0.02195339956) q[1];
ry(pi*-0.000927783222) q[2];
ry(pi*0.005891473347) q[3];
ry(pi*0.000567939345) q[4];
ry(pi*0.000145804186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
