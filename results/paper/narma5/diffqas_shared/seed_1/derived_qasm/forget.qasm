// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.001100028572) q[0];
rz(pi*0.002615291884) q[1];
rz(pi*0.001051813855) q[2];
rz(pi*-0.004148078233) q[3];
rz(pi*0.002881837348) q[4];
rz(pi*0.001420854401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001709175391) q[0];
rz(pi*0.001849756337) q[1];
rz(pi*0.001160469966) q[2];
rz(pi*0.00093625285) q[3];
rz(pi*9.047076e-05) q[4];
rz(pi*0.001740241487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002344206152) q[0];
rz(pi*-0.000518558508) q[1];
rz(pi*-0.001534633376) q[2];
rz(pi*0.001906186625) q[3];
rz(pi*0.000126439384) q[4];
rz(pi*-0.000930918765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002488891882) q[0];
rz(pi*-0.00081866843) q[1];
rz(pi*2.5917496e-05) q[2];
rz(pi*-0.00087727132) q[3];
rz(pi*0.004119132935) q[4];
rz(pi*0.003204503015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008629898363) q[0];
rz(pi*-0.006012916126) q[1];
rz(pi*-0.000556316796) q[2];
rz(pi*-0.001343873811) q[3];
rz(pi*0.000680046792) q[4];
rz(pi*0.000691757201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
