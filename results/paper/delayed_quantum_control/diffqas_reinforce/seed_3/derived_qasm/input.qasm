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
rx(pi*-1.0e-12) q[0];
rx(pi*0.000271677407) q[1];
rx(pi*-0.000508911385) q[2];
rx(pi*0.000821250948) q[3];
rx(pi*0.003362074649) q[4];
rx(pi*0.002336084779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.253127076259) q[0];
rx(pi*-8.471664e-06) q[1];
rx(pi*1.3052e-08) q[2];
rx(pi*-1.2e-11) q[3];
rx(pi*0.000822717926) q[4];
rx(pi*0.004547491628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.483e-09) q[0];
rx(pi*3.861e-09) q[1];
rx(pi*-0.118255058864) q[2];
rx(pi*5.0e-12) q[3];
rx(pi*0.002202098938) q[4];
rx(pi*0.001432874229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.1e-11) q[0];
rx(pi*-0.000163385429) q[1];
rx(pi*-0.054139731615) q[2];
rx(pi*0.025108821262) q[3];
rx(pi*-0.003312883057) q[4];
rx(pi*-0.002364634021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.8e-11) q[0];
rx(pi*-0.000376640428) q[1];
rx(pi*0.000508911422) q[2];
rx(pi*-0.000821251244) q[3];
rx(pi*-0.00556417329) q[4];
rx(pi*-0.005517172458) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
