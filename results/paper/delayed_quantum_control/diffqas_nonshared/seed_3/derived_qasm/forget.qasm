// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-7.9426824e-05) q[1];
rx(pi*0.0035644777) q[2];
rx(pi*-0.001807270278) q[3];
rx(pi*-0.001440750736) q[4];
rx(pi*-0.000686208117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.676546e-06) q[0];
rx(pi*-3.831412e-06) q[1];
rx(pi*-0.003799349051) q[2];
rx(pi*0.010577578387) q[3];
rx(pi*0.000718727629) q[4];
rx(pi*-0.001122414191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*4.157111e-06) q[0];
rx(pi*-2.17e-10) q[1];
rx(pi*-0.004384181627) q[2];
rx(pi*-0.001243967472) q[3];
rx(pi*0.001534081387) q[4];
rx(pi*-0.000759325826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.94306e-07) q[0];
rx(pi*-5.318e-09) q[1];
rx(pi*0.04982476435) q[2];
rx(pi*0.004920572332) q[3];
rx(pi*0.001735168945) q[4];
rx(pi*-0.001608260384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.0e-12) q[0];
rx(pi*1.0e-10) q[1];
rx(pi*0.008393243573) q[2];
rx(pi*-0.000858272188) q[3];
rx(pi*-0.000775271828) q[4];
rx(pi*0.003190463478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
