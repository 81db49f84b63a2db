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
ry(pi*-0.158129409161) q[0];
ry(pi*0.0626701778) q[1];
ry(pi*-0.201105927029) q[2];
ry(pi*-0.101697855001) q[3];
ry(pi*0.015159638065) q[4];
ry(pi*0.001568969454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.1290529903) q[0];
ry(pi*0.127758318457) q[1];
ry(pi*-0.010803747769) q[2];
ry(pi*0.053280712004) q[3];
ry(pi*-0.09902258374) q[4];
ry(pi*-0.00104944945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09555041913) q[0];
ry(pi*0.262601174739) q[1];
ry(pi*0.468048540758) q[2];
ry(pi*-0.197224482305) q[3];
ry(pi*-0.016743474742) q[4];
ry(pi*-0.000391126862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.069095573911) q[0];
ry(pi*0.132138490312) q[1];
ry(pi*-0.175504499717) q[2];
ry(pi*0.335131997036) q[3];
ry(pi*-0.222424787785) q[4];
ry(pi*0.016428863897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041865084822) q[0];
ry(pi*-0.085816061984) q[1];
ry(pi*0.084965067845) q[2];
ry(pi*0.008261776069) q[3];
ry(pi*0.120252898682) q[4];
ry(pi*0.000700444719) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
