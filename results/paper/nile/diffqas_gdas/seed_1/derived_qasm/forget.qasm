// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095259661771) q[0];
ry(pi*0.025056975857) q[1];
ry(pi*-0.337317126334) q[2];
ry(pi*0.12449153384) q[3];
ry(pi*-0.168818256784) q[4];
ry(pi*-0.051850669606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007906580737) q[0];
ry(pi*0.028957741952) q[1];
ry(pi*0.023869805973) q[2];
ry(pi*-0.024183342487) q[3];
ry(pi*-0.04347762608) q[4];
ry(pi*0.002725648353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081976603951) q[0];
ry(pi*-0.015451068956) q[1];
ry(pi*0.001078675708) q[2];
ry(pi*0.003439750856) q[3];
ry(pi*0.145794134952) q[4];
ry(pi*-0.008501124988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.357979662829) q[0];
ry(pi*-0.032506976235) q[1];
ry(pi*0.0049415304) q[2];
ry(pi*-0.068993628595) q[3];
ry(pi*-0.275339382677) q[4];
ry(pi*0.11145457153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001214690595) q[0];
ry(pi*-0.462176778911) q[1];
ry(pi*0.066426478279) q[2];
ry(pi*0.033081546926) q[3];
ry(pi*-0.068192437919) q[4];
ry(pi*0.000826546642) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
