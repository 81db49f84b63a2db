// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.280436525182) q[0];
ry(pi*-0.154594947534) q[1];
ry(pi*0.044150048717) q[2];
ry(pi*-0.066360804113) q[3];
ry(pi*0.243889188488) q[4];
ry(pi*-0.089509164241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007873226054) q[0];
ry(pi*-0.043119382658) q[1];
ry(pi*-0.165733306982) q[2];
ry(pi*-0.069372779985) q[3];
ry(pi*-0.06813570466) q[4];
ry(pi*-0.310854620868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080162306494) q[0];
ry(pi*0.142948886844) q[1];
ry(pi*-0.27569349004) q[2];
ry(pi*-0.011394974161) q[3];
ry(pi*0.305708414838) q[4];
ry(pi*0.138271412032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.155138981587) q[0];
ry(pi*-0.145675014555) q[1];
ry(pi*-0.257624053836) q[2];
ry(pi*-0.090579606666) q[3];
ry(pi*-0.140698605131) q[4];
ry(pi*0.212107293752) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174943570432) q[0];
ry(pi*-0.318302391948) q[1];
ry(pi*-0.227670012585) q[2];
ry(pi*-0.189335917378) q[3];
ry(pi*0.068808098838) q[4];
ry(pi*-0.002336034382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
