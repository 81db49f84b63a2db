// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.343554037683) q[0];
ry(pi*0.3624124556) q[1];
ry(pi*1.207611064967) q[2];
ry(pi*0.225265710106) q[3];
ry(pi*0.039821496965) q[4];
ry(pi*1.665993939413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.198822234307) q[0];
ry(pi*0.901169087812) q[1];
ry(pi*0.976997164959) q[2];
ry(pi*1.240544795216) q[3];
ry(pi*1.008028991088) q[4];
ry(pi*1.874686271389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.500793216431) q[0];
ry(pi*1.148932985699) q[1];
ry(pi*1.234544246357) q[2];
ry(pi*1.01310298684) q[3];
ry(pi*1.929523583505) q[4];
ry(pi*0.453252112232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.3780542617) q[0];
ry(pi*1.110193366982) q[1];
ry(pi*0.0840235737) q[2];
ry(pi*0.592300002936) q[3];
ry(pi*1.854333825482) q[4];
ry(pi*1.569129714423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025662187536) q[0];
ry(pi*0.593252662543) q[1];
ry(pi*0.019610698035) q[2];
ry(pi*1.654933889981) q[3];
ry(pi*0.220735188712) q[4];
ry(pi*0.114910353173) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
