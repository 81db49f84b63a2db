// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*1.325639086446) q[0];
rz(pi*1.335043346241) q[1];
rz(pi*0.307188080458) q[2];
rz(pi*1.991469604728) q[3];
rz(pi*1.803384864169) q[4];
rz(pi*1.620742570123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.373960246312) q[0];
rz(pi*1.259491056955) q[1];
rz(pi*1.869069882725) q[2];
rz(pi*0.578997488563) q[3];
rz(pi*1.216731264784) q[4];
rz(pi*0.372902411909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025563723718) q[0];
rz(pi*1.388756864566) q[1];
rz(pi*1.948310853618) q[2];
rz(pi*0.317811756693) q[3];
rz(pi*1.656423023002) q[4];
rz(pi*1.220485136752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.912516460535) q[0];
rz(pi*0.054447090128) q[1];
rz(pi*1.832416962691) q[2];
rz(pi*0.795818580452) q[3];
rz(pi*1.7271391589) q[4];
rz(pi*1.95851530802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.337071457078) q[0];
rz(pi*1.260603163534) q[1];
rz(pi*0.190029542061) q[2];
rz(pi*1.658293887706) q[3];
rz(pi*1.776762608168) q[4];
rz(pi*0.511327503197) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
