// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.053455645481) q[0];
ry(pi*-0.040536385355) q[1];
ry(pi*-0.065494778815) q[2];
ry(pi*-0.055157714393) q[3];
ry(pi*0.037420400881) q[4];
ry(pi*-0.016415495224) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.056052687361) q[0];
ry(pi*0.459053295458) q[1];
ry(pi*0.000106271103) q[2];
ry(pi*-0.329992089958) q[3];
ry(pi*0.033953899636) q[4];
ry(pi*-0.004210915677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030788934642) q[0];
ry(pi*0.119784822024) q[1];
ry(pi*0.093580080309) q[2];
ry(pi*0.076881064644) q[3];
ry(pi*-0.128672340063) q[4];
ry(pi*0.007414660671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021747153934) q[0];
ry(pi*0.036236235806) q[1];
ry(pi*-0.371625811608) q[2];
ry(pi*-0.057455997158) q[3];
ry(pi*-0.277822763568) q[4];
ry(pi*-0.057858195693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030300791931) q[0];
ry(pi*-0.007370236575) q[1];
ry(pi*-0.027094409428) q[2];
ry(pi*-0.068260991199) q[3];
ry(pi*-0.064872795227) q[4];
ry(pi*-0.005427669707) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
