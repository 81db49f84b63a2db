// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.082896630432) q[0];
ry(pi*-0.00030989823) q[1];
ry(pi*0.000328614883) q[2];
ry(pi*0.030678814442) q[3];
ry(pi*0.000791896253) q[4];
ry(pi*0.001689812517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.1991197e-05) q[0];
ry(pi*-0.677525547634) q[1];
ry(pi*0.000132599987) q[2];
ry(pi*0.001844522823) q[3];
ry(pi*0.010455913271) q[4];
ry(pi*0.000923562231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.203789e-06) q[0];
ry(pi*-4.8119349e-05) q[1];
ry(pi*7.1619538e-05) q[2];
ry(pi*-0.001541335054) q[3];
ry(pi*0.00041145505) q[4];
ry(pi*-0.002066857635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049408601873) q[0];
ry(pi*0.00253865147) q[1];
ry(pi*-0.000296129407) q[2];
ry(pi*0.000135367627) q[3];
ry(pi*0.000346397831) q[4];
ry(pi*-0.000958561985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000520196723) q[0];
ry(pi*-0.015542902984) q[1];
ry(pi*0.05357847505) q[2];
ry(pi*0.041429332982) q[3];
ry(pi*-0.058473832896) q[4];
ry(pi*-0.001392265434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
