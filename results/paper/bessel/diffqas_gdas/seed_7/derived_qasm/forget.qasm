// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.163966014507) q[0];
rx(pi*-0.012204893487) q[1];
rx(pi*-0.109720917737) q[2];
rx(pi*0.112489259812) q[3];
rx(pi*-0.274983017557) q[4];
rx(pi*0.064811906937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.075372698) q[0];
rx(pi*0.193932198316) q[1];
rx(pi*-0.268648662175) q[2];
rx(pi*0.103924145675) q[3];
rx(pi*0.075089714725) q[4];
rx(pi*0.33910811577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.200519005079) q[0];
rx(pi*0.041869377406) q[1];
rx(pi*0.163129714761) q[2];
rx(pi*-0.090636638745) q[3];
rx(pi*-0.332375939815) q[4];
rx(pi*0.002325795324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.171979894433) q[0];
rx(pi*-0.298003487136) q[1];
rx(pi*0.158042703704) q[2];
rx(pi*-0.352290077305) q[3];
rx(pi*0.087494296381) q[4];
rx(pi*0.263529568202) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.162690647434) q[0];
rx(pi*-0.006534396326) q[1];
rx(pi*-0.028304581397) q[2];
rx(pi*-0.091232477887) q[3];
rx(pi*0.209960887833) q[4];
rx(pi*0.000360554725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
