// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.044478718369) q[0];
ry(pi*-0.497958470371) q[1];
ry(pi*-0.172038937624) q[2];
ry(pi*-0.030587906522) q[3];
ry(pi*-0.148427884355) q[4];
ry(pi*0.027862438113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.086253962487) q[0];
ry(pi*-0.264146846548) q[1];
ry(pi*0.043404272694) q[2];
ry(pi*0.054650392606) q[3];
ry(pi*0.054128689476) q[4];
ry(pi*0.1360083332) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.121148251105) q[0];
ry(pi*-0.422372713158) q[1];
ry(pi*0.451502900786) q[2];
ry(pi*0.118380554103) q[3];
ry(pi*-0.127611573739) q[4];
ry(pi*-0.152038284404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076076530021) q[0];
ry(pi*-0.195263421158) q[1];
ry(pi*-0.089897811491) q[2];
ry(pi*0.014152161447) q[3];
ry(pi*-0.179919135569) q[4];
ry(pi*0.38376855986) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.053706062035) q[0];
ry(pi*0.016801451902) q[1];
ry(pi*0.136459789732) q[2];
ry(pi*-0.201580682094) q[3];
ry(pi*-0.376337655552) q[4];
ry(pi*0.001864248996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
