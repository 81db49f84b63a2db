// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.343514043131) q[0];
ry(pi*-0.103374581065) q[1];
ry(pi*-0.026500716579) q[2];
ry(pi*0.283388741641) q[3];
ry(pi*-0.047681280234) q[4];
ry(pi*-0.031359831734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.131291736583) q[0];
ry(pi*0.055114224112) q[1];
ry(pi*0.070540609523) q[2];
ry(pi*-0.126862102774) q[3];
ry(pi*-0.157298393325) q[4];
ry(pi*0.015660797267) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071556163789) q[0];
ry(pi*0.454979315291) q[1];
ry(pi*-0.35673505058) q[2];
ry(pi*-0.449341335641) q[3];
ry(pi*-0.149809100387) q[4];
ry(pi*0.409826073053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.133758781938) q[0];
ry(pi*-0.045814812464) q[1];
ry(pi*-0.0641335316) q[2];
ry(pi*-0.1803533269) q[3];
ry(pi*-0.085276600362) q[4];
ry(pi*-0.134725377028) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.124824780667) q[0];
ry(pi*-0.277670393431) q[1];
ry(pi*-0.219861967999) q[2];
ry(pi*0.017672762296) q[3];
ry(pi*-0.101371191718) q[4];
ry(pi*-0.003098220943) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
