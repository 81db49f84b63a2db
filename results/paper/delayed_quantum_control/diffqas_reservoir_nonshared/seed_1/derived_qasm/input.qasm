// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.672214544317) q[0];
ry(pi*1.293382227943) q[1];
ry(pi*1.034330987108) q[2];
ry(pi*1.99367499692) q[3];
ry(pi*0.511267966715) q[4];
ry(pi*1.102997307346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.579264500896) q[0];
ry(pi*0.382161985531) q[1];
ry(pi*1.646347583284) q[2];
ry(pi*1.116339474761) q[3];
ry(pi*0.20703813605) q[4];
ry(pi*1.936113501798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.823703131303) q[0];
ry(pi*0.950812344629) q[1];
ry(pi*1.568924505184) q[2];
ry(pi*1.929274509273) q[3];
ry(pi*0.491077054782) q[4];
ry(pi*0.272330968939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.489461780816) q[0];
ry(pi*1.354074985344) q[1];
ry(pi*0.893041086809) q[2];
ry(pi*1.295213781115) q[3];
ry(pi*1.888299900879) q[4];
ry(pi*1.683821947402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.136439431342) q[0];
ry(pi*1.817253487388) q[1];
ry(pi*1.825822946285) q[2];
ry(pi*1.54231120432) q[3];
ry(pi*0.23712191295) q[4];
ry(pi*1.123417827471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
