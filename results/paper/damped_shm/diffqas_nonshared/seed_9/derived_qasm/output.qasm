// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.027732524595) q[0];
ry(pi*-0.042592395618) q[1];
ry(pi*-0.014526787836) q[2];
ry(pi*0.040401266189) q[3];
ry(pi*-0.003505879183) q[4];
ry(pi*0.195958089342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007504269551) q[0];
ry(pi*-0.051439473245) q[1];
ry(pi*-0.013091837425) q[2];
ry(pi*0.011061743936) q[3];
ry(pi*-0.002220268901) q[4];
ry(pi*0.037525305946) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.044797749865) q[0];
ry(pi*0.022848178057) q[1];
ry(pi*-0.210404015328) q[2];
ry(pi*0.016197156844) q[3];
ry(pi*-0.044651199618) q[4];
ry(pi*-0.016079314736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.158728274455) q[0];
ry(pi*-0.003278509478) q[1];
ry(pi*-0.152760292318) q[2];
ry(pi*0.088934214095) q[3];
ry(pi*-0.036138699282) q[4];
ry(pi*0.043324677274) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.266531265587) q[0];
ry(pi*-0.091834435739) q[1];
ry(pi*-0.247957856286) q[2];
ry(pi*-0.501506184462) q[3];
ry(pi*-0.467414357694) q[4];
ry(pi*-0.006138492) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
