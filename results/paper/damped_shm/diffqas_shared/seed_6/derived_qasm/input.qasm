// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.063210464736) q[0];
ry(pi*-0.339036133166) q[1];
ry(pi*-0.040282681773) q[2];
ry(pi*0.191532278542) q[3];
ry(pi*0.041216382862) q[4];
ry(pi*0.013178621145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.136387019758) q[0];
ry(pi*0.017514986112) q[1];
ry(pi*0.132582329285) q[2];
ry(pi*-0.149394925305) q[3];
ry(pi*0.007447987488) q[4];
ry(pi*-0.028538797596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111052197497) q[0];
ry(pi*-0.198349528298) q[1];
ry(pi*-0.176812936289) q[2];
ry(pi*0.135253436029) q[3];
ry(pi*-0.08194759462) q[4];
ry(pi*-0.019253929744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.15536275566) q[0];
ry(pi*-0.077680130372) q[1];
ry(pi*-0.077235598893) q[2];
ry(pi*0.161766238248) q[3];
ry(pi*0.090576741781) q[4];
ry(pi*-0.046407862611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.153544473926) q[0];
ry(pi*-0.316005608031) q[1];
ry(pi*-0.174987511315) q[2];
ry(pi*0.036346066671) q[3];
ry(pi*-0.358849790983) q[4];
ry(pi*0.004094582199) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
