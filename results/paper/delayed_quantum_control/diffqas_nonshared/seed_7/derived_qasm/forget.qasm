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
ry(pi*-0.505569767563) q[0];
ry(pi*0.020936028653) q[1];
ry(pi*0.026838585642) q[2];
ry(pi*-0.997434836448) q[3];
ry(pi*0.600592687389) q[4];
ry(pi*0.612830527052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026303376287) q[0];
ry(pi*0.086685639929) q[1];
ry(pi*0.007050686886) q[2];
ry(pi*0.017143955058) q[3];
ry(pi*-0.007286429205) q[4];
ry(pi*0.154281394419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.517095484115) q[0];
ry(pi*0.519731709462) q[1];
ry(pi*0.518823939375) q[2];
ry(pi*0.000391038113) q[3];
ry(pi*0.008720744029) q[4];
ry(pi*-0.009157008133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013674690907) q[0];
ry(pi*0.433016310778) q[1];
ry(pi*0.009303799096) q[2];
ry(pi*-0.010819948124) q[3];
ry(pi*0.452000897467) q[4];
ry(pi*-0.013114961647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.51227447098) q[0];
ry(pi*0.452750776347) q[1];
ry(pi*0.003281171888) q[2];
ry(pi*0.233345140875) q[3];
ry(pi*-0.047461310197) q[4];
ry(pi*-0.005007793314) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
