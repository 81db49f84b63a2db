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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001016675585) q[0];
ry(pi*-0.507852948021) q[1];
ry(pi*-0.000408132114) q[2];
ry(pi*0.391035539627) q[3];
ry(pi*0.003561907782) q[4];
ry(pi*0.05314769407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.093147255016) q[0];
ry(pi*-0.464261352646) q[1];
ry(pi*-0.053236965591) q[2];
ry(pi*0.011647403012) q[3];
ry(pi*0.000777699598) q[4];
ry(pi*-0.530557900805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042068520109) q[0];
ry(pi*0.045852160318) q[1];
ry(pi*0.553740283813) q[2];
ry(pi*-0.04302569523) q[3];
ry(pi*0.017995156711) q[4];
ry(pi*-0.020839473969) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104029785934) q[0];
ry(pi*0.188604840491) q[1];
ry(pi*-0.031357154205) q[2];
ry(pi*0.016208226256) q[3];
ry(pi*-0.237675385946) q[4];
ry(pi*-0.515701214832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.274297019919) q[0];
ry(pi*-0.076729809156) q[1];
ry(pi*-0.48697590564) q[2];
ry(pi*-0.052684844404) q[3];
ry(pi*0.252886634628) q[4];
ry(pi*-0.003371375742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
