// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000202647233) q[0];
rz(pi*0.003488658153) q[1];
rz(pi*0.002078332294) q[2];
rz(pi*0.002644396079) q[3];
rz(pi*0.002814739337) q[4];
rz(pi*0.001814948904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002786875189) q[0];
rz(pi*0.00076632966) q[1];
rz(pi*-0.000667734071) q[2];
rz(pi*0.000973452627) q[3];
rz(pi*0.001741581289) q[4];
rz(pi*0.004075981199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001357178006) q[0];
rz(pi*0.002543441792) q[1];
rz(pi*0.004721809084) q[2];
rz(pi*-0.002800642585) q[3];
rz(pi*-0.000660063819) q[4];
rz(pi*0.001899800072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000259481655) q[0];
rz(pi*-0.003057382104) q[1];
rz(pi*0.003331329311) q[2];
rz(pi*-5.0817106e-05) q[3];
rz(pi*-0.003018849342) q[4];
rz(pi*0.006216972178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003922379019) q[0];
rz(pi*0.000123058122) q[1];
rz(pi*-0.001975770956) q[2];
rz(pi*0.00051294691) q[3];
rz(pi*0.001961199737) q[4];
rz(pi*-0.002446697825) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
