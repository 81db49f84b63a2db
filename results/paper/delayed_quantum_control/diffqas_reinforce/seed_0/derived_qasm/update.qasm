// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.001940935509) q[0];
ry(pi*-0.335750280938) q[1];
ry(pi*0.002961135726) q[2];
ry(pi*0.006881899987) q[3];
ry(pi*-0.008256889993) q[4];
ry(pi*0.000343276036) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001693706673) q[0];
ry(pi*-0.001105268237) q[1];
ry(pi*0.003115763323) q[2];
ry(pi*0.503202158379) q[3];
ry(pi*-0.002148202994) q[4];
ry(pi*0.000191563016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.49515684061) q[0];
ry(pi*-0.493127477571) q[1];
ry(pi*0.000378414825) q[2];
ry(pi*-0.001737686688) q[3];
ry(pi*0.014715455211) q[4];
ry(pi*0.009274549641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498770655754) q[0];
ry(pi*-0.009289391666) q[1];
ry(pi*-0.012294404539) q[2];
ry(pi*0.003486493185) q[3];
ry(pi*0.48768552435) q[4];
ry(pi*0.513792366687) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00168516197) q[0];
ry(pi*-0.782037231873) q[1];
ry(pi*-0.001359365652) q[2];
ry(pi*-0.004394595591) q[3];
ry(pi*-0.02920975696) q[4];
ry(pi*-0.003758818815) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
