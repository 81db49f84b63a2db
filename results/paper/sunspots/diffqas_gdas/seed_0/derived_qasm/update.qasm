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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016286947744) q[0];
ry(pi*-0.123521447764) q[1];
ry(pi*-0.026244311752) q[2];
ry(pi*-0.069507396373) q[3];
ry(pi*0.380941316889) q[4];
ry(pi*-0.051649558481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012830507984) q[0];
ry(pi*-0.459483938885) q[1];
ry(pi*0.486465083381) q[2];
ry(pi*0.015522726653) q[3];
ry(pi*-0.005894548117) q[4];
ry(pi*0.303732175493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012205104559) q[0];
ry(pi*0.006615801864) q[1];
ry(pi*0.057611592662) q[2];
ry(pi*0.131954805655) q[3];
ry(pi*-0.440441978607) q[4];
ry(pi*-0.159940414846) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017626486578) q[0];
ry(pi*0.147340707966) q[1];
ry(pi*0.015142722675) q[2];
ry(pi*0.029152869548) q[3];
ry(pi*0.018735023909) q[4];
ry(pi*0.005360360327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005550400854) q[0];
ry(pi*0.007341370725) q[1];
ry(pi*-0.218695030179) q[2];
ry(pi*0.237000544283) q[3];
ry(pi*0.005433956208) q[4];
ry(pi*-0.003757262161) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
