// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rz(pi*1.029418487384) q[0];
rz(pi*0.222214550768) q[1];
rz(pi*0.299326627587) q[2];
rz(pi*1.964484893355) q[3];
rz(pi*1.655655461521) q[4];
rz(pi*0.719865055498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.056428143808) q[0];
rz(pi*0.534500361885) q[1];
rz(pi*1.101930583579) q[2];
rz(pi*1.934943566285) q[3];
rz(pi*0.04721392454) q[4];
rz(pi*1.436853994227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.917157753686) q[0];
rz(pi*1.928948936923) q[1];
rz(pi*1.190843481792) q[2];
rz(pi*1.571345883136) q[3];
rz(pi*1.362266051761) q[4];
rz(pi*0.037153575272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.548693267308) q[0];
rz(pi*1.882226952015) q[1];
rz(pi*0.200415622577) q[2];
rz(pi*0.320662468952) q[3];
rz(pi*1.236612807093) q[4];
rz(pi*1.790060682918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.736805897805) q[0];
rz(pi*1.202269781145) q[1];
rz(pi*1.957594750302) q[2];
rz(pi*1.674797901471) q[3];
rz(pi*0.026753839121) q[4];
rz(pi*1.353121339154) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
