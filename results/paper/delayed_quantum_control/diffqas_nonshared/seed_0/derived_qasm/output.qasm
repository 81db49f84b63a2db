// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.007308306562) q[0];
ry(pi*-0.588760636853) q[1];
ry(pi*-0.009834406374) q[2];
ry(pi*-0.501997654519) q[3];
ry(pi*-0.010063368307) q[4];
ry(pi*0.037890075993) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000446820993) q[0];
ry(pi*-0.510689411747) q[1];
ry(pi*-0.000842264229) q[2];
ry(pi*-0.001257705223) q[3];
ry(pi*-0.000854967077) q[4];
ry(pi*0.043758233018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070236438432) q[0];
ry(pi*0.01074900072) q[1];
ry(pi*-0.503593376436) q[2];
ry(pi*0.000778381876) q[3];
ry(pi*0.149468055761) q[4];
ry(pi*0.004508108354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002341924679) q[0];
ry(pi*-0.000514338406) q[1];
ry(pi*-0.000547404755) q[2];
ry(pi*0.50392801776) q[3];
ry(pi*-0.033259833836) q[4];
ry(pi*-0.499857149124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001524464279) q[0];
ry(pi*0.032928949117) q[1];
ry(pi*0.152899334099) q[2];
ry(pi*-0.050592809636) q[3];
ry(pi*-0.14864066372) q[4];
ry(pi*0.00271215873) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
