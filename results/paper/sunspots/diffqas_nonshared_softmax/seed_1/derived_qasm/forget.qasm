// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005829950655) q[0];
ry(pi*0.524291240187) q[1];
ry(pi*-0.004305718643) q[2];
ry(pi*-0.501593876502) q[3];
ry(pi*0.00348760813) q[4];
ry(pi*0.005106197841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026359130078) q[0];
ry(pi*0.004746089754) q[1];
ry(pi*-0.449313521593) q[2];
ry(pi*-0.486518434748) q[3];
ry(pi*0.005057551123) q[4];
ry(pi*0.002409022839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501446268525) q[0];
ry(pi*0.016384079912) q[1];
ry(pi*0.041595444131) q[2];
ry(pi*0.266094076562) q[3];
ry(pi*0.006120638644) q[4];
ry(pi*0.098657054783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.173643747487) q[0];
ry(pi*0.51078541385) q[1];
ry(pi*-0.067643869378) q[2];
ry(pi*0.500999612099) q[3];
ry(pi*-0.51144297134) q[4];
ry(pi*-0.013283107624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001535314171) q[0];
ry(pi*-0.162836490946) q[1];
ry(pi*-0.497198460044) q[2];
ry(pi*-0.010381477253) q[3];
ry(pi*0.038036808852) q[4];
ry(pi*0.002989662734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
