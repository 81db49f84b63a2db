// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.02646010067) q[0];
rx(pi*0.097524229963) q[1];
rx(pi*0.137645036253) q[2];
rx(pi*-0.061565982857) q[3];
rx(pi*-0.060352590264) q[4];
rx(pi*-0.000684433054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026213348228) q[0];
rx(pi*-0.197839351113) q[1];
rx(pi*-0.128667805576) q[2];
rx(pi*-0.062397065097) q[3];
rx(pi*-0.059704576067) q[4];
rx(pi*-0.001124465101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027678658593) q[0];
rx(pi*-0.241169805589) q[1];
rx(pi*0.106068189487) q[2];
rx(pi*-0.059929744636) q[3];
rx(pi*-0.057380234233) q[4];
rx(pi*-0.000759498211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.474291675169) q[0];
rx(pi*-0.297721134704) q[1];
rx(pi*-0.116338498296) q[2];
rx(pi*-0.066649185135) q[3];
rx(pi*-0.058690620255) q[4];
rx(pi*-0.00160767045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001606101493) q[0];
rx(pi*0.139197680547) q[1];
rx(pi*0.142473780782) q[2];
rx(pi*-0.060617264838) q[3];
rx(pi*-0.059689729892) q[4];
rx(pi*0.00319036476) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
