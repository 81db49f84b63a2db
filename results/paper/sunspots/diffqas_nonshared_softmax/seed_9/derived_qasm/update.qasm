// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.05289674628) q[0];
ry(pi*0.014654288258) q[1];
ry(pi*0.000475067227) q[2];
ry(pi*0.006347427605) q[3];
ry(pi*-0.004361030132) q[4];
ry(pi*-0.136957520795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.314938068436) q[0];
ry(pi*0.018712893385) q[1];
ry(pi*-0.01118298928) q[2];
ry(pi*-0.448333085883) q[3];
ry(pi*-0.006034349402) q[4];
ry(pi*-0.150051951557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.120487240576) q[0];
ry(pi*-0.005074372836) q[1];
ry(pi*-0.002352871214) q[2];
ry(pi*-0.00539775917) q[3];
ry(pi*0.001807116272) q[4];
ry(pi*-0.299803109173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000554743651) q[0];
ry(pi*0.078495550609) q[1];
ry(pi*0.003963631109) q[2];
ry(pi*-0.145813107699) q[3];
ry(pi*0.004206835647) q[4];
ry(pi*0.026960613612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.85491026562) q[0];
ry(pi*-0.003695973071) q[1];
ry(pi*0.22473785032) q[2];
ry(pi*0.008911679833) q[3];
ry(pi*-0.049040976427) q[4];
ry(pi*0.000774666923) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
