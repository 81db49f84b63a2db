// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*-0.002133781631) q[0];
rx(pi*-0.005630981671) q[1];
rx(pi*0.005317207998) q[2];
rx(pi*0.001424154918) q[3];
rx(pi*-0.002914709709) q[4];
rx(pi*-0.004688475448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002556120627) q[0];
rx(pi*0.002170074719) q[1];
rx(pi*-0.003937014123) q[2];
rx(pi*-0.004614188544) q[3];
rx(pi*-0.001597915197) q[4];
rx(pi*-0.002590595592) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00491891607) q[0];
rx(pi*0.000482247226) q[1];
rx(pi*-0.000451002853) q[2];
rx(pi*-0.002933547276) q[3];
rx(pi*-0.002452696919) q[4];
rx(pi*0.002735169708) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000549799768) q[0];
rx(pi*0.002953277155) q[1];
rx(pi*0.002230244713) q[2];
rx(pi*-0.002164920208) q[3];
rx(pi*-0.00148094717) q[4];
rx(pi*-0.002909696457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002796446347) q[0];
rx(pi*-0.000638371891) q[1];
rx(pi*0.001576695957) q[2];
rx(pi*-0.002888436307) q[3];
rx(pi*-0.004283025162) q[4];
rx(pi*-0.006685916839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
