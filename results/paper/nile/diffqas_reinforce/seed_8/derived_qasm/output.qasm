// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rx(pi*1.5e-11) q[1];
rx(pi*-0.001567898087) q[2];
rx(pi*0.003096805695) q[3];
rx(pi*-8.8189296e-05) q[4];
rx(pi*-0.004818464561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.0e-11) q[0];
rx(pi*-2.0e-12) q[1];
rx(pi*-9.889e-09) q[2];
rx(pi*0.003655508943) q[3];
rx(pi*0.000649055253) q[4];
rx(pi*0.00091446502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.57e-10) q[0];
rx(pi*2.8e-11) q[1];
rx(pi*-3.322e-08) q[2];
rx(pi*0.000370315759) q[3];
rx(pi*0.004778405679) q[4];
rx(pi*0.003456542924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.0e-12) q[0];
rx(pi*3.0e-12) q[1];
rx(pi*-0.039407929011) q[2];
rx(pi*-0.003570249862) q[3];
rx(pi*-0.004521619322) q[4];
rx(pi*-0.003083216464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.32e-10) q[0];
rx(pi*-2.0e-12) q[1];
rx(pi*0.001567897938) q[2];
rx(pi*0.006369743114) q[3];
rx(pi*-0.00593541423) q[4];
rx(pi*6.1099423e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
