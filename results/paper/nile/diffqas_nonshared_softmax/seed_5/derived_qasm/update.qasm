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
ry(pi*-0.066063581791) q[0];
ry(pi*-0.085177790292) q[1];
ry(pi*0.066329612916) q[2];
ry(pi*0.110128727462) q[3];
ry(pi*-0.008610156626) q[4];
ry(pi*0.000279352069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063177077443) q[0];
ry(pi*0.47619786713) q[1];
ry(pi*-0.111983768895) q[2];
ry(pi*0.127330852965) q[3];
ry(pi*0.01285403182) q[4];
ry(pi*0.00572569422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011232969426) q[0];
ry(pi*0.051989920088) q[1];
ry(pi*0.205231494097) q[2];
ry(pi*-0.001704965072) q[3];
ry(pi*0.247072625824) q[4];
ry(pi*-0.04347850357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.049083935471) q[0];
ry(pi*0.049700839106) q[1];
ry(pi*-0.304948821911) q[2];
ry(pi*0.043312776618) q[3];
ry(pi*-0.019728990745) q[4];
ry(pi*-0.010022391915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010271110408) q[0];
ry(pi*0.062557033819) q[1];
ry(pi*-0.126239635381) q[2];
ry(pi*0.08511922142) q[3];
ry(pi*0.247510972187) q[4];
ry(pi*-0.002049546337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
