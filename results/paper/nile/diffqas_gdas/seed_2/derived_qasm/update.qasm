// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.029418087216) q[0];
ry(pi*0.015556978391) q[1];
ry(pi*0.067255810283) q[2];
ry(pi*0.024449240803) q[3];
ry(pi*0.04516580694) q[4];
ry(pi*0.407735769548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074486319686) q[0];
ry(pi*-0.053120653162) q[1];
ry(pi*-0.142738725717) q[2];
ry(pi*-0.145057299836) q[3];
ry(pi*0.08550745127) q[4];
ry(pi*-0.016530911192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069624714358) q[0];
ry(pi*0.0104298293) q[1];
ry(pi*-0.086835126208) q[2];
ry(pi*-0.064422866002) q[3];
ry(pi*0.02867503141) q[4];
ry(pi*-0.351110010344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032359373001) q[0];
ry(pi*-0.01371474712) q[1];
ry(pi*-0.422777629539) q[2];
ry(pi*0.018932946427) q[3];
ry(pi*-0.057954164594) q[4];
ry(pi*0.323160610641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.116900518515) q[0];
ry(pi*0.007083222777) q[1];
ry(pi*0.007343549034) q[2];
ry(pi*-0.046568670878) q[3];
ry(pi*0.003744135687) q[4];
ry(pi*-0.000206887234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
