// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.005090219823) q[0];
ry(pi*-0.027194514388) q[1];
ry(pi*0.07273667661) q[2];
ry(pi*-0.037203926573) q[3];
ry(pi*0.489152876656) q[4];
ry(pi*-0.03247139759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.020108235813) q[0];
ry(pi*0.351397940763) q[1];
ry(pi*0.068517009457) q[2];
ry(pi*-0.0168096422) q[3];
ry(pi*-0.02441051031) q[4];
ry(pi*0.055364763989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031109543247) q[0];
ry(pi*-0.055320709268) q[1];
ry(pi*-0.029387244643) q[2];
ry(pi*-0.063810975916) q[3];
ry(pi*-0.090587252683) q[4];
ry(pi*0.007383530542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000890006703) q[0];
ry(pi*0.096790487405) q[1];
ry(pi*-0.082972350668) q[2];
ry(pi*-0.092329444213) q[3];
ry(pi*0.14148456069) q[4];
ry(pi*0.003959272713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.075722939665) q[0];
ry(pi*-0.013724548916) q[1];
ry(pi*0.06228486501) q[2];
ry(pi*-0.028018178284) q[3];
ry(pi*0.027317502854) q[4];
ry(pi*-0.004707780515) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
