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
ry(pi*0.007603967783) q[0];
ry(pi*-0.002836984291) q[1];
ry(pi*-0.010117930372) q[2];
ry(pi*-0.011727593702) q[3];
ry(pi*-0.002650010827) q[4];
ry(pi*-0.008928557871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031105535254) q[0];
ry(pi*-0.318074035957) q[1];
ry(pi*-0.489762964331) q[2];
ry(pi*0.002792553673) q[3];
ry(pi*4.844193e-06) q[4];
ry(pi*-0.008432795823) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011943060082) q[0];
ry(pi*0.058806847307) q[1];
ry(pi*0.064489711735) q[2];
ry(pi*0.001833460525) q[3];
ry(pi*-0.010461752134) q[4];
ry(pi*-0.195284575772) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011060296078) q[0];
ry(pi*-0.288173687582) q[1];
ry(pi*0.13996374318) q[2];
ry(pi*0.509080295069) q[3];
ry(pi*0.492946705231) q[4];
ry(pi*0.121808493239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04503255659) q[0];
ry(pi*-0.028973612656) q[1];
ry(pi*-0.012655897044) q[2];
ry(pi*-0.009237784606) q[3];
ry(pi*-0.003166922152) q[4];
ry(pi*0.005024290711) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
