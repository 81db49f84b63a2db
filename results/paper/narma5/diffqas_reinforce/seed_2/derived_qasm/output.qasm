// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002056923475) q[0];
ry(pi*0.033896957677) q[1];
ry(pi*0.028444021606) q[2];
ry(pi*-0.050199367024) q[3];
ry(pi*-0.005482805104) q[4];
ry(pi*0.000214299297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006076250122) q[0];
ry(pi*0.015680920237) q[1];
ry(pi*-0.000440425435) q[2];
ry(pi*0.017833214823) q[3];
ry(pi*0.001507641826) q[4];
ry(pi*-0.00342760148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001988608391) q[0];
ry(pi*0.036946468758) q[1];
ry(pi*0.021832251451) q[2];
ry(pi*0.000355901399) q[3];
ry(pi*0.000668450959) q[4];
ry(pi*0.00110207333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005268038937) q[0];
ry(pi*0.021336820833) q[1];
ry(pi*0.008295444395) q[2];
ry(pi*0.000454134653) q[3];
ry(pi*-0.003343545389) q[4];
ry(pi*-0.005021239063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018328274286) q[0];
ry(pi*0.031144699748) q[1];
ry(pi*0.036450492674) q[2];
ry(pi*-0.057308189967) q[3];
ry(pi*-0.0827359028) q[4];
ry(pi*0.008673664342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
