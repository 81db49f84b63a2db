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
ry(pi*0.273442088935) q[0];
ry(pi*0.021460214841) q[1];
ry(pi*-0.014407687598) q[2];
ry(pi*-0.01781301359) q[3];
ry(pi*-0.001938149776) q[4];
ry(pi*-0.002655139397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006191702256) q[0];
ry(pi*0.043126573329) q[1];
ry(pi*-0.432210196674) q[2];
ry(pi*-0.005309265532) q[3];
ry(pi*0.007341692076) q[4];
ry(pi*-0.00165343672) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.234427232567) q[0];
ry(pi*0.398999767873) q[1];
ry(pi*0.403410514311) q[2];
ry(pi*-0.00022015252) q[3];
ry(pi*-0.029424371939) q[4];
ry(pi*-0.000815912639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001313516229) q[0];
ry(pi*0.428646507529) q[1];
ry(pi*0.064583052911) q[2];
ry(pi*-0.499521027925) q[3];
ry(pi*0.507083375429) q[4];
ry(pi*0.025024160118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068790857354) q[0];
ry(pi*0.007331326434) q[1];
ry(pi*0.023876370544) q[2];
ry(pi*0.079780005628) q[3];
ry(pi*0.003692945732) q[4];
ry(pi*-0.003757325304) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
