// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rz(pi*-0.00114538426) q[0];
rz(pi*-8.9338861e-05) q[1];
rz(pi*0.001753240191) q[2];
rz(pi*-0.001781946106) q[3];
rz(pi*0.000997600043) q[4];
rz(pi*0.00167096576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001345223989) q[0];
rz(pi*0.002195987935) q[1];
rz(pi*0.001684937558) q[2];
rz(pi*-0.001176414559) q[3];
rz(pi*-0.000723485787) q[4];
rz(pi*0.000235430473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000606234836) q[0];
rz(pi*-0.000799187717) q[1];
rz(pi*-0.003420185803) q[2];
rz(pi*0.000222365513) q[3];
rz(pi*0.002245481756) q[4];
rz(pi*0.001938130358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002764746443) q[0];
rz(pi*0.001686258684) q[1];
rz(pi*0.001843907098) q[2];
rz(pi*-0.003077263172) q[3];
rz(pi*0.001562289565) q[4];
rz(pi*-0.000669381513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00130391335) q[0];
rz(pi*0.000635025944) q[1];
rz(pi*-0.000782120545) q[2];
rz(pi*-0.00724948393) q[3];
rz(pi*0.00056312627) q[4];
rz(pi*-0.003692577838) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
