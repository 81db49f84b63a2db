// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.308840303218) q[0];
ry(pi*0.010782690391) q[1];
ry(pi*-0.49215614878) q[2];
ry(pi*0.005899412849) q[3];
ry(pi*-0.132474336405) q[4];
ry(pi*0.023690288206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006558575907) q[0];
ry(pi*0.008986457361) q[1];
ry(pi*-0.007959588223) q[2];
ry(pi*0.009658743632) q[3];
ry(pi*0.475826418676) q[4];
ry(pi*-0.016833703201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03016620163) q[0];
ry(pi*-0.575925914547) q[1];
ry(pi*-0.121143128463) q[2];
ry(pi*0.00967176783) q[3];
ry(pi*0.066229062096) q[4];
ry(pi*0.044263913663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.311929427025) q[0];
ry(pi*0.047480733548) q[1];
ry(pi*0.002116823255) q[2];
ry(pi*-0.267233484925) q[3];
ry(pi*-0.028280270192) q[4];
ry(pi*-0.007076265708) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09822679081) q[0];
ry(pi*0.035314065404) q[1];
ry(pi*-0.108748128044) q[2];
ry(pi*-0.285024742702) q[3];
ry(pi*0.055890982632) q[4];
ry(pi*0.00070488953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
