// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004198523212) q[0];
ry(pi*-0.002305077084) q[1];
ry(pi*-0.02439629735) q[2];
ry(pi*0.085110579333) q[3];
ry(pi*-0.496237224755) q[4];
ry(pi*0.001735624587) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.445951323028) q[0];
ry(pi*-0.009257778918) q[1];
ry(pi*-0.000642721097) q[2];
ry(pi*-0.004837730793) q[3];
ry(pi*0.000229432732) q[4];
ry(pi*0.000644923715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010504874818) q[0];
ry(pi*0.00124656496) q[1];
ry(pi*-0.00956720131) q[2];
ry(pi*0.010317189283) q[3];
ry(pi*0.002647250292) q[4];
ry(pi*0.007114843233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021184436467) q[0];
ry(pi*-0.001793730554) q[1];
ry(pi*-0.003382197916) q[2];
ry(pi*0.001698784255) q[3];
ry(pi*-0.215323117568) q[4];
ry(pi*0.016356211317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122934990647) q[0];
ry(pi*0.485379348922) q[1];
ry(pi*0.353476670891) q[2];
ry(pi*-0.052424913017) q[3];
ry(pi*0.069911406805) q[4];
ry(pi*-0.006742005025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
