// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.000172199456) q[0];
rz(pi*0.000868318407) q[1];
rz(pi*-0.003126351006) q[2];
rz(pi*-0.00352478938) q[3];
rz(pi*0.000635304754) q[4];
rz(pi*-0.001485677758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749629492) q[0];
rz(pi*0.002417626091) q[1];
rz(pi*-0.005248220716) q[2];
rz(pi*0.00080974657) q[3];
rz(pi*0.003898153785) q[4];
rz(pi*-0.000947062202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580908522) q[0];
rz(pi*0.002394457846) q[1];
rz(pi*0.00080673976) q[2];
rz(pi*0.002851669197) q[3];
rz(pi*-0.001098859525) q[4];
rz(pi*-0.004716753439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350181412) q[0];
rz(pi*-0.001419125954) q[1];
rz(pi*0.002467959457) q[2];
rz(pi*0.000616342567) q[3];
rz(pi*-0.005191150691) q[4];
rz(pi*-0.003804322579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0028131812) q[0];
rz(pi*0.00216375961) q[1];
rz(pi*-0.00203796051) q[2];
rz(pi*-3.316141e-06) q[3];
rz(pi*0.001418305531) q[4];
rz(pi*0.001490976639) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
