// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rx(pi*-1.0269793e-05) q[0];
rx(pi*-0.000537948174) q[1];
rx(pi*-0.251252815433) q[2];
rx(pi*0.001691481081) q[3];
rx(pi*0.003302561882) q[4];
rx(pi*-0.001693817397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.345053074479) q[0];
rx(pi*0.50061943618) q[1];
rx(pi*0.000359235119) q[2];
rx(pi*0.000327282603) q[3];
rx(pi*0.248715551938) q[4];
rx(pi*0.006318632903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.49695226967) q[0];
rx(pi*0.49991319462) q[1];
rx(pi*-3.5881913e-05) q[2];
rx(pi*-0.137984582032) q[3];
rx(pi*0.001144052758) q[4];
rx(pi*-0.002266508897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.100535631909) q[0];
rx(pi*0.002217319825) q[1];
rx(pi*-0.312069332067) q[2];
rx(pi*0.005090104801) q[3];
rx(pi*0.251675850788) q[4];
rx(pi*0.002172026392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.251655398166) q[0];
rx(pi*-0.000606569861) q[1];
rx(pi*-0.248992307409) q[2];
rx(pi*-0.001633459454) q[3];
rx(pi*-0.004420073026) q[4];
rx(pi*-0.002476495711) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
