// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.003621952378) q[0];
rz(pi*5.1024917e-05) q[1];
rz(pi*0.00150752458) q[2];
rz(pi*-0.004250103887) q[3];
rz(pi*0.002028843512) q[4];
rz(pi*-9.7318569e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001542745263) q[0];
rz(pi*0.005094118723) q[1];
rz(pi*-0.007260230212) q[2];
rz(pi*0.000830633342) q[3];
rz(pi*-0.003498650269) q[4];
rz(pi*0.001885052911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004180451373) q[0];
rz(pi*-0.001576941565) q[1];
rz(pi*0.000645314731) q[2];
rz(pi*0.001952927916) q[3];
rz(pi*0.000238039893) q[4];
rz(pi*-0.002523713395) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001761931488) q[0];
rz(pi*0.002815446665) q[1];
rz(pi*-1.7483366e-05) q[2];
rz(pi*-0.005359758535) q[3];
rz(pi*0.002685461406) q[4];
rz(pi*0.001324956351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002780174548) q[0];
rz(pi*-0.001071535359) q[1];
rz(pi*0.002636118328) q[2];
rz(pi*-0.0033775072) q[3];
rz(pi*0.001814377943) q[4];
rz(pi*-0.00156092575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
