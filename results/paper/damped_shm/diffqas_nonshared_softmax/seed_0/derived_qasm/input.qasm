// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.008683881759) q[0];
ry(pi*-0.000305253798) q[1];
ry(pi*8.0556786e-05) q[2];
ry(pi*0.000111643466) q[3];
ry(pi*0.004411817509) q[4];
ry(pi*0.000522812591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001727066692) q[0];
ry(pi*-0.011436792469) q[1];
ry(pi*0.001189367906) q[2];
ry(pi*-0.00522617794) q[3];
ry(pi*0.003335831188) q[4];
ry(pi*-8.5162986e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.469537e-06) q[0];
ry(pi*-3.2506498e-05) q[1];
ry(pi*0.000121643438) q[2];
ry(pi*-0.000292963404) q[3];
ry(pi*-0.000152367589) q[4];
ry(pi*0.00069478832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.11352557975) q[0];
ry(pi*-0.001448671858) q[1];
ry(pi*0.000122605935) q[2];
ry(pi*-0.000386399795) q[3];
ry(pi*0.000854790838) q[4];
ry(pi*-0.001245002228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001253394556) q[0];
ry(pi*0.002354454845) q[1];
ry(pi*-0.131074830644) q[2];
ry(pi*-0.007109798853) q[3];
ry(pi*0.002119489371) q[4];
ry(pi*-0.002470729922) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
