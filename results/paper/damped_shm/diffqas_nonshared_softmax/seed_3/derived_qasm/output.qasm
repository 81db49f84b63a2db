// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002880923099) q[0];
rz(pi*-5.013676e-05) q[1];
rz(pi*-0.003102351666) q[2];
rz(pi*0.001392061774) q[3];
rz(pi*0.000818717122) q[4];
rz(pi*0.001915794246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000112505151) q[0];
rz(pi*-0.000784606123) q[1];
rz(pi*0.004292998898) q[2];
rz(pi*-0.002001658232) q[3];
rz(pi*-0.000690254871) q[4];
rz(pi*-0.005703615871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001285040061) q[0];
rz(pi*-0.001620560357) q[1];
rz(pi*-0.001178263068) q[2];
rz(pi*0.001713719661) q[3];
rz(pi*-0.002030221408) q[4];
rz(pi*0.001191708224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001321801687) q[0];
rz(pi*-0.001543052236) q[1];
rz(pi*-0.005974045116) q[2];
rz(pi*0.001119384851) q[3];
rz(pi*0.001794923466) q[4];
rz(pi*-0.003266985016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002065428454) q[0];
rz(pi*-0.005896614368) q[1];
rz(pi*-0.001367739304) q[2];
rz(pi*-0.003709520502) q[3];
rz(pi*0.00092523287) q[4];
rz(pi*-0.000661746391) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
