// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.117344518756) q[0];
ry(pi*0.00456581782) q[1];
ry(pi*0.517482490222) q[2];
ry(pi*-0.408255660781) q[3];
ry(pi*-0.013381542982) q[4];
ry(pi*-0.002458498577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058904680281) q[0];
ry(pi*0.357645894251) q[1];
ry(pi*-0.419083142272) q[2];
ry(pi*-0.323833915512) q[3];
ry(pi*-0.002552212834) q[4];
ry(pi*0.0142398357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.435027801489) q[0];
ry(pi*-0.200667315047) q[1];
ry(pi*0.272032926045) q[2];
ry(pi*-0.122928378644) q[3];
ry(pi*-0.019720748272) q[4];
ry(pi*0.000911406777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.490790073) q[0];
ry(pi*0.190204337985) q[1];
ry(pi*-0.534018681767) q[2];
ry(pi*0.122707241783) q[3];
ry(pi*0.485309718938) q[4];
ry(pi*-0.505245788924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.241017359561) q[0];
ry(pi*0.35554891234) q[1];
ry(pi*-0.03612579307) q[2];
ry(pi*0.000280476056) q[3];
ry(pi*-0.000532405983) q[4];
ry(pi*-0.001954612043) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
