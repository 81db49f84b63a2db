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
rz(pi*0.002881645249) q[0];
rz(pi*-4.9316179e-05) q[1];
rz(pi*-0.003101569633) q[2];
rz(pi*0.001392865003) q[3];
rz(pi*0.000819649233) q[4];
rz(pi*0.001916614225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000111480039) q[0];
rz(pi*-0.000783631324) q[1];
rz(pi*0.004294000897) q[2];
rz(pi*-0.002000729012) q[3];
rz(pi*-0.000689539687) q[4];
rz(pi*-0.0057031042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001284639707) q[0];
rz(pi*-0.001620232484) q[1];
rz(pi*-0.001177693218) q[2];
rz(pi*0.001714195165) q[3];
rz(pi*-0.002029602718) q[4];
rz(pi*0.001192211298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001321283938) q[0];
rz(pi*-0.00154265781) q[1];
rz(pi*-0.005973513879) q[2];
rz(pi*0.001119857984) q[3];
rz(pi*0.001795141356) q[4];
rz(pi*-0.003266875626) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002065259922) q[0];
rz(pi*-0.005896432941) q[1];
rz(pi*-0.001367771765) q[2];
rz(pi*-0.003709707265) q[3];
rz(pi*0.000925332106) q[4];
rz(pi*-0.000661634703) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
