// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.521158308306) q[0];
ry(pi*0.113463130951) q[1];
ry(pi*1.496957837539) q[2];
ry(pi*0.399853920974) q[3];
ry(pi*1.430200782848) q[4];
ry(pi*1.883156920216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.645510202092) q[0];
ry(pi*1.184257130375) q[1];
ry(pi*0.108143969353) q[2];
ry(pi*1.410170114742) q[3];
ry(pi*1.962951895341) q[4];
ry(pi*0.610185498351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.676970356973) q[0];
ry(pi*1.077504081614) q[1];
ry(pi*1.564439044065) q[2];
ry(pi*1.456789495031) q[3];
ry(pi*0.603762122837) q[4];
ry(pi*0.96316610778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.191293089112) q[0];
ry(pi*0.238953674821) q[1];
ry(pi*0.573125119587) q[2];
ry(pi*1.429636609222) q[3];
ry(pi*0.787031693867) q[4];
ry(pi*1.727859516185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.323437033457) q[0];
ry(pi*1.835385211123) q[1];
ry(pi*1.580910728268) q[2];
ry(pi*0.878609124766) q[3];
ry(pi*0.210979743357) q[4];
ry(pi*0.97940086031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
