// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.54809676412) q[0];
rx(pi*0.014183657394) q[1];
rx(pi*1.291441847091) q[2];
rx(pi*1.439818751673) q[3];
rx(pi*1.671138437895) q[4];
rx(pi*0.563755655811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.430436320655) q[0];
rx(pi*1.278662714936) q[1];
rx(pi*1.610109635188) q[2];
rx(pi*1.92734171752) q[3];
rx(pi*0.301049656642) q[4];
rx(pi*0.964424759863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.789431698387) q[0];
rx(pi*0.845433833493) q[1];
rx(pi*1.179004107775) q[2];
rx(pi*0.048981354568) q[3];
rx(pi*1.346919830952) q[4];
rx(pi*1.838177240673) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.653650725109) q[0];
rx(pi*1.771040579246) q[1];
rx(pi*1.320710725505) q[2];
rx(pi*0.491104527321) q[3];
rx(pi*1.537034048386) q[4];
rx(pi*0.423349468155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.662549702687) q[0];
rx(pi*0.125435845438) q[1];
rx(pi*1.650975567684) q[2];
rx(pi*0.329014538106) q[3];
rx(pi*0.750294003596) q[4];
rx(pi*0.633476329584) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
