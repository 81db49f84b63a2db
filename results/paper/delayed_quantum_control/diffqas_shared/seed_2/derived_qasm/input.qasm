// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.073102485415) q[0];
ry(pi*-0.452432944877) q[1];
ry(pi*0.005037907808) q[2];
ry(pi*0.029736732142) q[3];
ry(pi*-0.552731730491) q[4];
ry(pi*0.107196280606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017937000496) q[0];
ry(pi*0.498963380925) q[1];
ry(pi*-0.270831362961) q[2];
ry(pi*-0.0059695966) q[3];
ry(pi*0.554784581791) q[4];
ry(pi*0.485585468853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.133155382157) q[0];
ry(pi*-0.050943364352) q[1];
ry(pi*0.491424180174) q[2];
ry(pi*0.022890565547) q[3];
ry(pi*-0.008680370615) q[4];
ry(pi*-0.155092498356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.554842448672) q[0];
ry(pi*0.453073085385) q[1];
ry(pi*-0.160674868882) q[2];
ry(pi*-0.079080973712) q[3];
ry(pi*0.477419636191) q[4];
ry(pi*0.09498939498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004318390067) q[0];
ry(pi*-0.490612601919) q[1];
ry(pi*0.25756041924) q[2];
ry(pi*-0.114206255533) q[3];
ry(pi*0.185429068145) q[4];
ry(pi*-0.002454269878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
