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
ry(pi*-0.256021938102) q[0];
ry(pi*-0.110715782221) q[1];
ry(pi*-0.489079300341) q[2];
ry(pi*-0.010750759256) q[3];
ry(pi*-0.010982073811) q[4];
ry(pi*-0.501703007747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005343966094) q[0];
ry(pi*0.013975531095) q[1];
ry(pi*0.018478053457) q[2];
ry(pi*0.000844768113) q[3];
ry(pi*0.502289834833) q[4];
ry(pi*-0.002158465769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.504446353227) q[0];
ry(pi*0.016345943503) q[1];
ry(pi*0.49058243525) q[2];
ry(pi*0.507967088071) q[3];
ry(pi*-0.038725427101) q[4];
ry(pi*-0.019057195394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.940030435678) q[0];
ry(pi*0.494115009088) q[1];
ry(pi*-0.040774749471) q[2];
ry(pi*0.000964075272) q[3];
ry(pi*0.504803875685) q[4];
ry(pi*0.019375026864) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006502095223) q[0];
ry(pi*0.187118268791) q[1];
ry(pi*0.189704785539) q[2];
ry(pi*0.495838721162) q[3];
ry(pi*0.059510048485) q[4];
ry(pi*0.076849612571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
