// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-2.1e-11) q[0];
rx(pi*0.000500298313) q[1];
rx(pi*-0.000508911051) q[2];
rx(pi*0.000821257247) q[3];
rx(pi*0.003362064866) q[4];
rx(pi*0.002336064324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.254762697865) q[0];
rx(pi*1.8845754e-05) q[1];
rx(pi*1.2185e-08) q[2];
rx(pi*-1.0e-12) q[3];
rx(pi*-0.00014494075) q[4];
rx(pi*0.004547485699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.676e-09) q[0];
rx(pi*4.174e-09) q[1];
rx(pi*-0.119347547622) q[2];
rx(pi*2.0e-12) q[3];
rx(pi*0.00220208041) q[4];
rx(pi*0.001432823536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.0e-10) q[0];
rx(pi*0.000390321632) q[1];
rx(pi*-0.055936825534) q[2];
rx(pi*0.024063441836) q[3];
rx(pi*-0.00428076118) q[4];
rx(pi*-0.002364656996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.105e-09) q[0];
rx(pi*0.000848898169) q[1];
rx(pi*0.000508910903) q[2];
rx(pi*-0.000821257173) q[3];
rx(pi*-0.005564144238) q[4];
rx(pi*-0.005517199139) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
