// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.019225751657) q[0];
ry(pi*-0.010437682832) q[1];
ry(pi*0.177861332381) q[2];
ry(pi*-0.043635929944) q[3];
ry(pi*0.040435815563) q[4];
ry(pi*-0.049984989205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003001920612) q[0];
ry(pi*-0.283485673409) q[1];
ry(pi*-0.224457471054) q[2];
ry(pi*0.179118257944) q[3];
ry(pi*-5.6409388e-05) q[4];
ry(pi*0.013966662521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041310857659) q[0];
ry(pi*0.283013878092) q[1];
ry(pi*0.158800332951) q[2];
ry(pi*0.086024126621) q[3];
ry(pi*-0.011343971858) q[4];
ry(pi*-0.000546451745) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006851959805) q[0];
ry(pi*-0.177598882363) q[1];
ry(pi*0.137861951677) q[2];
ry(pi*0.345928173493) q[3];
ry(pi*0.271708055686) q[4];
ry(pi*0.029689933488) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.078358410845) q[0];
ry(pi*-0.025586208796) q[1];
ry(pi*-0.040183781582) q[2];
ry(pi*-0.033891289568) q[3];
ry(pi*-0.138281192483) q[4];
ry(pi*0.002854476868) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
