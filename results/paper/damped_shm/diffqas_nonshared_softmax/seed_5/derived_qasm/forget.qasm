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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.148687137466) q[0];
ry(pi*0.220921064721) q[1];
ry(pi*0.12137670196) q[2];
ry(pi*0.199818550207) q[3];
ry(pi*-0.014444588407) q[4];
ry(pi*0.041109267472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.108311157206) q[0];
ry(pi*-0.218531029748) q[1];
ry(pi*0.058218393308) q[2];
ry(pi*-0.054038004486) q[3];
ry(pi*-0.023925189796) q[4];
ry(pi*0.00114242251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074582995322) q[0];
ry(pi*0.14271305559) q[1];
ry(pi*0.006553745564) q[2];
ry(pi*0.213946246295) q[3];
ry(pi*-0.056200058179) q[4];
ry(pi*-0.000342554034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.049460781672) q[0];
ry(pi*0.072121589616) q[1];
ry(pi*-0.266479413068) q[2];
ry(pi*0.257587265678) q[3];
ry(pi*0.323972113006) q[4];
ry(pi*-0.062286292709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032256400785) q[0];
ry(pi*0.227164977014) q[1];
ry(pi*0.252724133044) q[2];
ry(pi*0.063761162967) q[3];
ry(pi*-0.186135404569) q[4];
ry(pi*-0.001702616898) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
