// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.085832729543) q[0];
ry(pi*0.227778252111) q[1];
ry(pi*-0.054106870816) q[2];
ry(pi*0.009247265644) q[3];
ry(pi*-0.005775156767) q[4];
ry(pi*-0.024041938599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099606090595) q[0];
ry(pi*-0.434144050901) q[1];
ry(pi*-0.135618775258) q[2];
ry(pi*-0.475767223703) q[3];
ry(pi*0.086443006945) q[4];
ry(pi*0.020095512214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.159349243001) q[0];
ry(pi*-0.426237196245) q[1];
ry(pi*0.001150985296) q[2];
ry(pi*0.017532238268) q[3];
ry(pi*0.303126963814) q[4];
ry(pi*-0.197962389381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047206112511) q[0];
ry(pi*0.014271725331) q[1];
ry(pi*-0.207937671964) q[2];
ry(pi*0.013271748877) q[3];
ry(pi*-0.022417636608) q[4];
ry(pi*-0.504347201648) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047961512461) q[0];
ry(pi*0.051327899259) q[1];
ry(pi*-0.0631832341) q[2];
ry(pi*-0.056226586823) q[3];
ry(pi*0.068870803769) q[4];
ry(pi*-0.004624057337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
