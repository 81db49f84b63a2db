// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.039450807421) q[0];
rx(pi*-0.001116569621) q[1];
rx(pi*0.007413069925) q[2];
rx(pi*-0.002854710173) q[3];
rx(pi*-0.003050490549) q[4];
rx(pi*0.00282944292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.498898759747) q[0];
rx(pi*-0.504147949851) q[1];
rx(pi*-0.040518996832) q[2];
rx(pi*0.002494941224) q[3];
rx(pi*-0.000924366127) q[4];
rx(pi*-0.004867647556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.36643881417) q[0];
rx(pi*-0.532015577011) q[1];
rx(pi*-0.508057777805) q[2];
rx(pi*0.500438777677) q[3];
rx(pi*-0.007777802026) q[4];
rx(pi*-0.000603919271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499921011392) q[0];
rx(pi*-0.002248465221) q[1];
rx(pi*-0.134110716921) q[2];
rx(pi*-0.0032691153) q[3];
rx(pi*0.008604125664) q[4];
rx(pi*0.008594317346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.268117671886) q[0];
rx(pi*0.003542789774) q[1];
rx(pi*0.005549292727) q[2];
rx(pi*0.003282457885) q[3];
rx(pi*-0.003772391148) q[4];
rx(pi*-0.001702255526) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
