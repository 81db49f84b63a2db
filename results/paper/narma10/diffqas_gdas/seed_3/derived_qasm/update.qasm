// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.141204447043) q[0];
ry(pi*-0.028385571314) q[1];
ry(pi*-0.163184166547) q[2];
ry(pi*0.002610907401) q[3];
ry(pi*-0.007131327586) q[4];
ry(pi*0.058100491911) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009970608172) q[0];
ry(pi*-0.009719000485) q[1];
ry(pi*0.009969736611) q[2];
ry(pi*0.206317892602) q[3];
ry(pi*0.009257164675) q[4];
ry(pi*0.176559498326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000336368103) q[0];
ry(pi*0.030746997754) q[1];
ry(pi*-0.010892112156) q[2];
ry(pi*-0.002660532697) q[3];
ry(pi*0.002087750336) q[4];
ry(pi*-0.04462877383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.153367704835) q[0];
ry(pi*-0.020037083266) q[1];
ry(pi*0.096315552099) q[2];
ry(pi*0.245867552782) q[3];
ry(pi*-0.009878829284) q[4];
ry(pi*-0.112169180072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014746568146) q[0];
ry(pi*-0.036612849591) q[1];
ry(pi*0.322991335786) q[2];
ry(pi*0.004564959896) q[3];
ry(pi*0.011004864824) q[4];
ry(pi*-0.00464852062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
