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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001662831639) q[0];
ry(pi*-0.003902978792) q[1];
ry(pi*0.00362375805) q[2];
ry(pi*0.035484284153) q[3];
ry(pi*0.076195138153) q[4];
ry(pi*-0.021239585501) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025781106347) q[0];
ry(pi*-0.027893958962) q[1];
ry(pi*-0.025456703192) q[2];
ry(pi*0.007900255104) q[3];
ry(pi*-0.004896060135) q[4];
ry(pi*-0.003360223027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001559829185) q[0];
ry(pi*0.006431397429) q[1];
ry(pi*0.002574684571) q[2];
ry(pi*-0.036757687547) q[3];
ry(pi*-0.006984637416) q[4];
ry(pi*0.139349007182) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007110756384) q[0];
ry(pi*-0.009009913606) q[1];
ry(pi*-0.000497241774) q[2];
ry(pi*-0.002813315195) q[3];
ry(pi*-0.030149287426) q[4];
ry(pi*0.092131852532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.250468690743) q[0];
ry(pi*0.012519818569) q[1];
ry(pi*0.007073782056) q[2];
ry(pi*-0.011626503345) q[3];
ry(pi*0.052551100762) q[4];
ry(pi*0.002178009477) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
