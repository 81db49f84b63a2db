// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.03744504648) q[0];
ry(pi*0.048487636241) q[1];
ry(pi*0.003732114377) q[2];
ry(pi*0.132748302882) q[3];
ry(pi*-0.213785300476) q[4];
ry(pi*0.114240814393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011267349231) q[0];
ry(pi*0.240539606801) q[1];
ry(pi*0.120118808788) q[2];
ry(pi*0.005649660934) q[3];
ry(pi*0.003397541532) q[4];
ry(pi*0.028432301191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.097877265366) q[0];
ry(pi*-0.084363081533) q[1];
ry(pi*0.104831061987) q[2];
ry(pi*0.118108940247) q[3];
ry(pi*0.195993852972) q[4];
ry(pi*0.090608435756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032700545693) q[0];
ry(pi*0.279781604904) q[1];
ry(pi*0.047885322649) q[2];
ry(pi*-0.08998888068) q[3];
ry(pi*0.158619000915) q[4];
ry(pi*-0.453518375773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.162764242722) q[0];
ry(pi*0.10600372009) q[1];
ry(pi*0.006949970055) q[2];
ry(pi*0.038717709936) q[3];
ry(pi*-0.0196418418) q[4];
ry(pi*-0.001483714226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
