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
ry(pi*0.160479297799) q[0];
ry(pi*-0.379354360381) q[1];
ry(pi*-0.025978079042) q[2];
ry(pi*0.075448802434) q[3];
ry(pi*-0.398792130122) q[4];
ry(pi*0.179073425341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.114565589888) q[0];
ry(pi*0.065615165642) q[1];
ry(pi*0.044747875254) q[2];
ry(pi*-0.088781284262) q[3];
ry(pi*0.072818515557) q[4];
ry(pi*-0.170534929968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.264860506452) q[0];
ry(pi*-0.049229731551) q[1];
ry(pi*-0.067049794702) q[2];
ry(pi*-0.376371502934) q[3];
ry(pi*-0.097597663983) q[4];
ry(pi*-0.049129479552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007641434217) q[0];
ry(pi*0.069453542228) q[1];
ry(pi*0.014685117787) q[2];
ry(pi*0.157999056898) q[3];
ry(pi*-0.157306731848) q[4];
ry(pi*0.00512224345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031045628803) q[0];
ry(pi*-0.119800768618) q[1];
ry(pi*0.039270786876) q[2];
ry(pi*0.009572638188) q[3];
ry(pi*-0.031108725047) q[4];
ry(pi*-0.003728316862) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
