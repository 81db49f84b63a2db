// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00264645729) q[0];
rz(pi*-0.003888369776) q[1];
rz(pi*-0.00701013916) q[2];
rz(pi*-0.007775285173) q[3];
rz(pi*0.000918961265) q[4];
rz(pi*-0.000368284378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004222384999) q[0];
rz(pi*0.001431668422) q[1];
rz(pi*0.004892250466) q[2];
rz(pi*0.002719212442) q[3];
rz(pi*-0.003085024804) q[4];
rz(pi*-0.000664890308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002767665578) q[0];
rz(pi*-0.001084128891) q[1];
rz(pi*-0.001724971983) q[2];
rz(pi*-0.000824287699) q[3];
rz(pi*0.004238943169) q[4];
rz(pi*-0.00184681482) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003894779304) q[0];
rz(pi*-0.002101794468) q[1];
rz(pi*-0.001610763156) q[2];
rz(pi*-0.00194446607) q[3];
rz(pi*-0.000626838684) q[4];
rz(pi*-0.001456899509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003462352735) q[0];
rz(pi*0.002826385936) q[1];
rz(pi*-0.002505281371) q[2];
rz(pi*0.003062588048) q[3];
rz(pi*0.004390600641) q[4];
rz(pi*-4.964666e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
