// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.045703442435) q[0];
ry(pi*-0.040508855898) q[1];
ry(pi*0.013776388392) q[2];
ry(pi*-0.010009341036) q[3];
ry(pi*0.021561711927) q[4];
ry(pi*-0.000477576447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023131291769) q[0];
ry(pi*-0.213046349899) q[1];
ry(pi*-0.496158184288) q[2];
ry(pi*-0.008073552182) q[3];
ry(pi*0.003880133529) q[4];
ry(pi*0.025561361611) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019580978412) q[0];
ry(pi*0.168703433715) q[1];
ry(pi*0.11711806004) q[2];
ry(pi*0.007618804472) q[3];
ry(pi*-0.088150089405) q[4];
ry(pi*-0.073509882483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00795913762) q[0];
ry(pi*-0.234707896424) q[1];
ry(pi*0.184637069766) q[2];
ry(pi*0.556922203329) q[3];
ry(pi*0.481872540075) q[4];
ry(pi*-0.247808161307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.178079120552) q[0];
ry(pi*0.064327693956) q[1];
ry(pi*0.055946307165) q[2];
ry(pi*0.055898272911) q[3];
ry(pi*-0.170590709846) q[4];
ry(pi*0.003233575489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
