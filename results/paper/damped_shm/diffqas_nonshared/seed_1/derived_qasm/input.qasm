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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009953650093) q[0];
ry(pi*-0.03875580247) q[1];
ry(pi*0.116863237066) q[2];
ry(pi*0.043207022523) q[3];
ry(pi*0.052745120823) q[4];
ry(pi*-0.085200235053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010697808689) q[0];
ry(pi*-0.057560432647) q[1];
ry(pi*0.103010000745) q[2];
ry(pi*-0.073515469957) q[3];
ry(pi*-0.013622333238) q[4];
ry(pi*0.183518550398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018383475495) q[0];
ry(pi*-0.077014661246) q[1];
ry(pi*-0.156967973438) q[2];
ry(pi*0.015162797028) q[3];
ry(pi*0.013019596317) q[4];
ry(pi*-0.01774471407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039000271067) q[0];
ry(pi*0.114538449372) q[1];
ry(pi*0.012528978848) q[2];
ry(pi*-0.047003602146) q[3];
ry(pi*-0.178511092072) q[4];
ry(pi*-0.073904487176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.175988836021) q[0];
ry(pi*0.00992521943) q[1];
ry(pi*0.0098625228) q[2];
ry(pi*-0.034280468055) q[3];
ry(pi*0.01962835692) q[4];
ry(pi*-0.002428732115) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
