// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.035351341479) q[0];
ry(pi*-0.046185611102) q[1];
ry(pi*0.083020048156) q[2];
ry(pi*0.500019859408) q[3];
ry(pi*-5.0373604e-05) q[4];
ry(pi*-0.243830866262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02287658026) q[0];
ry(pi*-0.504901850954) q[1];
ry(pi*-0.154897107513) q[2];
ry(pi*-0.001120304436) q[3];
ry(pi*-0.002411994594) q[4];
ry(pi*-0.254877957307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022882765376) q[0];
ry(pi*-0.000130100707) q[1];
ry(pi*0.001992630317) q[2];
ry(pi*6.8318053e-05) q[3];
ry(pi*-0.015358421472) q[4];
ry(pi*-0.001000428243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-6.70763e-07) q[0];
ry(pi*0.522573523502) q[1];
ry(pi*0.034823143186) q[2];
ry(pi*-0.002532083342) q[3];
ry(pi*-0.002645949769) q[4];
ry(pi*-0.007709865953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-3.7249238e-05) q[0];
ry(pi*-0.029868735034) q[1];
ry(pi*0.044977241544) q[2];
ry(pi*-0.001550704923) q[3];
ry(pi*0.002697781537) q[4];
ry(pi*0.003109280276) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
