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
rz(pi*0.120450774955) q[0];
rz(pi*-0.159905258345) q[1];
rz(pi*-0.318723795647) q[2];
rz(pi*-0.103313621627) q[3];
rz(pi*0.090093591274) q[4];
rz(pi*0.011948431742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.012069005925) q[0];
rz(pi*0.019319832769) q[1];
rz(pi*-0.04215758293) q[2];
rz(pi*-0.209599513907) q[3];
rz(pi*-0.062149503942) q[4];
rz(pi*-0.014489065271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.084612990566) q[0];
rz(pi*-0.100211880943) q[1];
rz(pi*0.076663115204) q[2];
rz(pi*-0.096484969249) q[3];
rz(pi*0.029062748996) q[4];
rz(pi*0.074090552913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.15743062389) q[0];
rz(pi*-0.248099981139) q[1];
rz(pi*-0.042550831071) q[2];
rz(pi*-0.102902093243) q[3];
rz(pi*-0.168875099136) q[4];
rz(pi*0.117824975133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.204505274233) q[0];
rz(pi*-0.195228454384) q[1];
rz(pi*-0.045136816582) q[2];
rz(pi*-0.127175210029) q[3];
rz(pi*-0.228122683372) q[4];
rz(pi*-0.000269754786) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
