// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048653581378) q[0];
ry(pi*0.318934127528) q[1];
ry(pi*0.177346582764) q[2];
ry(pi*0.119820139794) q[3];
ry(pi*-0.028459842506) q[4];
ry(pi*-0.087277741439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048461672036) q[0];
ry(pi*-0.115089911257) q[1];
ry(pi*0.081316200549) q[2];
ry(pi*-0.0115352551) q[3];
ry(pi*-0.000420884246) q[4];
ry(pi*0.048313504362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.160857102124) q[0];
ry(pi*0.168722861809) q[1];
ry(pi*0.012899064822) q[2];
ry(pi*0.136040729167) q[3];
ry(pi*-0.011688086512) q[4];
ry(pi*-0.011855711924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023374702636) q[0];
ry(pi*0.077449464449) q[1];
ry(pi*-0.219089682304) q[2];
ry(pi*0.259826410388) q[3];
ry(pi*-0.085976799102) q[4];
ry(pi*-0.154274943685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095595688106) q[0];
ry(pi*0.125741856886) q[1];
ry(pi*0.18355336539) q[2];
ry(pi*0.124116186486) q[3];
ry(pi*-0.39977434927) q[4];
ry(pi*-0.000551117003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
