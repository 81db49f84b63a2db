// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.104516892258) q[0];
ry(pi*0.415511105118) q[1];
ry(pi*0.305054443198) q[2];
ry(pi*-0.224900845195) q[3];
ry(pi*0.633050049889) q[4];
ry(pi*0.52544611134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.423037404401) q[0];
ry(pi*0.366483096563) q[1];
ry(pi*-0.104438449433) q[2];
ry(pi*-0.033492764631) q[3];
ry(pi*0.205181026588) q[4];
ry(pi*0.115423053734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023751850029) q[0];
ry(pi*0.056972808706) q[1];
ry(pi*-0.431776100207) q[2];
ry(pi*-0.066581542546) q[3];
ry(pi*-0.034749517067) q[4];
ry(pi*0.094038291138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.482768622948) q[0];
ry(pi*-0.0053544266) q[1];
ry(pi*0.114210733102) q[2];
ry(pi*-0.516641542154) q[3];
ry(pi*0.164569936039) q[4];
ry(pi*0.037367758621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070948134658) q[0];
ry(pi*-0.297698234598) q[1];
ry(pi*-0.024538801658) q[2];
ry(pi*0.00055287943) q[3];
ry(pi*-0.462986763456) q[4];
ry(pi*0.001255835518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
