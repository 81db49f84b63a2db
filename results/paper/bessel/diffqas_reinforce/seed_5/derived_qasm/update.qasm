// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.037158783291) q[0];
ry(pi*-0.114444268653) q[1];
ry(pi*-0.105442563132) q[2];
ry(pi*-0.012283981386) q[3];
ry(pi*0.196217503721) q[4];
ry(pi*0.018958356865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.056223850004) q[0];
ry(pi*0.109208141285) q[1];
ry(pi*0.112785870263) q[2];
ry(pi*-0.048255794007) q[3];
ry(pi*0.014541821367) q[4];
ry(pi*-0.018165936342) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041680347177) q[0];
ry(pi*0.024739481154) q[1];
ry(pi*0.160001184557) q[2];
ry(pi*-0.117409291717) q[3];
ry(pi*-0.329993380105) q[4];
ry(pi*0.050533481854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028967686044) q[0];
ry(pi*0.250769427767) q[1];
ry(pi*0.078484228621) q[2];
ry(pi*0.32601794439) q[3];
ry(pi*0.260969025145) q[4];
ry(pi*0.440122249863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.225743443893) q[0];
ry(pi*0.090536424692) q[1];
ry(pi*-0.045964569105) q[2];
ry(pi*0.001131131724) q[3];
ry(pi*0.011240495678) q[4];
ry(pi*-0.001417165535) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
