// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.01206582799) q[0];
ry(pi*-0.000287489414) q[1];
ry(pi*0.000213429126) q[2];
ry(pi*0.018071526764) q[3];
ry(pi*0.442609842704) q[4];
ry(pi*-0.121311663381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000420316879) q[0];
ry(pi*0.000990820177) q[1];
ry(pi*-0.007936040078) q[2];
ry(pi*-0.006771905482) q[3];
ry(pi*0.050589318651) q[4];
ry(pi*0.04253639281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000532717662) q[0];
ry(pi*8.9348079e-05) q[1];
ry(pi*0.00016426277) q[2];
ry(pi*-0.001616122068) q[3];
ry(pi*-0.280470505373) q[4];
ry(pi*-0.191361315113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.18376265377) q[0];
ry(pi*-0.007875872752) q[1];
ry(pi*-0.003921176918) q[2];
ry(pi*-0.007172530465) q[3];
ry(pi*-0.087113418471) q[4];
ry(pi*0.02418729119) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003400582508) q[0];
ry(pi*-0.001439157766) q[1];
ry(pi*0.000871365756) q[2];
ry(pi*0.00252961807) q[3];
ry(pi*-0.222846210457) q[4];
ry(pi*0.001337356079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
