// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.281930477281) q[0];
ry(pi*0.001443029837) q[1];
ry(pi*-0.026991930503) q[2];
ry(pi*0.007655302109) q[3];
ry(pi*0.000288355749) q[4];
ry(pi*-0.001622361434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001660738856) q[0];
ry(pi*-0.006959846556) q[1];
ry(pi*-0.377475147668) q[2];
ry(pi*-0.00701047059) q[3];
ry(pi*-0.007444388002) q[4];
ry(pi*-0.000395435121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.182269194962) q[0];
ry(pi*0.307722504815) q[1];
ry(pi*0.367329774402) q[2];
ry(pi*-0.006930384251) q[3];
ry(pi*-0.017494974606) q[4];
ry(pi*-0.006599913967) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007905856215) q[0];
ry(pi*0.418913374125) q[1];
ry(pi*0.112567844933) q[2];
ry(pi*-0.495648955739) q[3];
ry(pi*0.494585533231) q[4];
ry(pi*0.014743660572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013698610798) q[0];
ry(pi*0.010194475922) q[1];
ry(pi*0.007043786142) q[2];
ry(pi*-0.074677000544) q[3];
ry(pi*-0.070124945081) q[4];
ry(pi*-0.003756391489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
