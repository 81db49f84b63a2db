// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.011401294458) q[0];
ry(pi*-0.000989874948) q[1];
ry(pi*-0.492466846496) q[2];
ry(pi*-0.006525343954) q[3];
ry(pi*-0.490753038197) q[4];
ry(pi*0.765047363985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502775195665) q[0];
ry(pi*-0.40643370782) q[1];
ry(pi*-0.403521960231) q[2];
ry(pi*0.016737293184) q[3];
ry(pi*-0.026978780018) q[4];
ry(pi*0.495225104556) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002919183424) q[0];
ry(pi*0.504275560552) q[1];
ry(pi*0.000977698743) q[2];
ry(pi*0.506561359249) q[3];
ry(pi*0.021554222434) q[4];
ry(pi*-0.004813474135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024080417702) q[0];
ry(pi*0.003480764897) q[1];
ry(pi*0.001192676724) q[2];
ry(pi*-0.072457426223) q[3];
ry(pi*-0.200691714001) q[4];
ry(pi*-0.060707451794) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049436287855) q[0];
ry(pi*0.077509204888) q[1];
ry(pi*0.024794203301) q[2];
ry(pi*-0.008154396839) q[3];
ry(pi*0.0127514272) q[4];
ry(pi*-0.006741986645) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
