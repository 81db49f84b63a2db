// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.573017278489) q[0];
ry(pi*1.825762385274) q[1];
ry(pi*1.14187003886) q[2];
ry(pi*0.480257693627) q[3];
ry(pi*0.903421001182) q[4];
ry(pi*1.148301269091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.540862607206) q[0];
ry(pi*0.03051397921) q[1];
ry(pi*1.327900182625) q[2];
ry(pi*0.006815897948) q[3];
ry(pi*0.459699848754) q[4];
ry(pi*0.265217421782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.618004423176) q[0];
ry(pi*0.733061360429) q[1];
ry(pi*0.765808550623) q[2];
ry(pi*1.282177530283) q[3];
ry(pi*1.783712553322) q[4];
ry(pi*1.973940151896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.514758676554) q[0];
ry(pi*1.354050093099) q[1];
ry(pi*1.361992388848) q[2];
ry(pi*1.160647443144) q[3];
ry(pi*0.381482305817) q[4];
ry(pi*0.582314380206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.442700029029) q[0];
ry(pi*1.658095508656) q[1];
ry(pi*1.208435544691) q[2];
ry(pi*1.745236883471) q[3];
ry(pi*0.669307843479) q[4];
ry(pi*0.405796678843) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
