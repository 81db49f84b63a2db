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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.552428773656) q[0];
ry(pi*-0.256696096746) q[1];
ry(pi*-0.494348601558) q[2];
ry(pi*-0.520823818764) q[3];
ry(pi*0.059280373887) q[4];
ry(pi*0.512673885265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.180386775854) q[0];
ry(pi*0.282394683498) q[1];
ry(pi*0.286305061662) q[2];
ry(pi*-0.547273422761) q[3];
ry(pi*0.072805215661) q[4];
ry(pi*-0.126683037981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.037454857762) q[0];
ry(pi*0.38858464008) q[1];
ry(pi*0.21232119251) q[2];
ry(pi*0.62841675312) q[3];
ry(pi*-0.41642202468) q[4];
ry(pi*0.235190620044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009717198074) q[0];
ry(pi*-0.087677696447) q[1];
ry(pi*0.034826774096) q[2];
ry(pi*-0.11113352418) q[3];
ry(pi*-0.067642432193) q[4];
ry(pi*0.56296088741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.309659887973) q[0];
ry(pi*-0.28243211673) q[1];
ry(pi*-0.000481982793) q[2];
ry(pi*-0.174259261368) q[3];
ry(pi*0.029864413991) q[4];
ry(pi*-0.0009992171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
