// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.499584131284) q[0];
rx(pi*-0.008684789487) q[1];
rx(pi*0.05706273953) q[2];
rx(pi*-0.000846383613) q[3];
rx(pi*-0.001747693182) q[4];
rx(pi*0.014215823316) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.010505013556) q[0];
rx(pi*0.000839367031) q[1];
rx(pi*0.016865748172) q[2];
rx(pi*0.00190739095) q[3];
rx(pi*-6.8172047e-05) q[4];
rx(pi*-0.200154235032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.458983399856) q[0];
rx(pi*0.217017725447) q[1];
rx(pi*0.000127760204) q[2];
rx(pi*-0.001616441196) q[3];
rx(pi*-0.500220249569) q[4];
rx(pi*0.500326762575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00138076958) q[0];
rx(pi*-0.008440743626) q[1];
rx(pi*0.008380788558) q[2];
rx(pi*0.104401462061) q[3];
rx(pi*-0.200413877084) q[4];
rx(pi*0.497135015175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.026948667895) q[0];
rx(pi*-0.005021635119) q[1];
rx(pi*-0.85818169856) q[2];
rx(pi*-0.500108841595) q[3];
rx(pi*0.085102696157) q[4];
rx(pi*-0.00195198832) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
