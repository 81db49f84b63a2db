// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000699306354) q[0];
ry(pi*7.3057506e-05) q[1];
ry(pi*-0.004216244944) q[2];
ry(pi*0.015795272545) q[3];
ry(pi*-0.001536534208) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016470609871) q[0];
ry(pi*-6.0646555e-05) q[1];
ry(pi*-0.001932976293) q[2];
ry(pi*0.003910296344) q[3];
ry(pi*-4.0e-12) q[4];
ry(pi*3.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000124670583) q[0];
ry(pi*7.3278291e-05) q[1];
ry(pi*-7.4599612e-05) q[2];
ry(pi*1.0e-12) q[3];
ry(pi*-0.000121389567) q[4];
ry(pi*5.37e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002640337393) q[0];
ry(pi*-2.0556361e-05) q[1];
ry(pi*-5.0e-12) q[2];
ry(pi*-2.1e-11) q[3];
ry(pi*5.47e-09) q[4];
ry(pi*2.289725e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.388942997339) q[0];
ry(0) q[1];
ry(pi*-0.000324212872) q[2];
ry(pi*5.2282852e-05) q[3];
ry(pi*-0.00065474515) q[4];
ry(pi*-0.001829891129) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
