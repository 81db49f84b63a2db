// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003123880398) q[0];
ry(pi*0.602593743088) q[1];
ry(pi*0.004430519895) q[2];
ry(pi*0.00091893955) q[3];
ry(pi*0.000758017596) q[4];
ry(pi*0.003403593543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002144036105) q[0];
ry(pi*-0.32692408282) q[1];
ry(pi*0.002220321373) q[2];
ry(pi*-0.489788577541) q[3];
ry(pi*0.030563498082) q[4];
ry(pi*0.483440447944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00127961682) q[0];
ry(pi*-0.020941986096) q[1];
ry(pi*0.008555953858) q[2];
ry(pi*-0.000222231462) q[3];
ry(pi*0.00045774433) q[4];
ry(pi*-0.007436595539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007795408736) q[0];
ry(pi*-0.002257620016) q[1];
ry(pi*-0.005309075211) q[2];
ry(pi*0.009564659555) q[3];
ry(pi*-0.833178880411) q[4];
ry(pi*0.465000341168) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016207432958) q[0];
ry(pi*0.499394935044) q[1];
ry(pi*-0.483843846506) q[2];
ry(pi*0.001371315222) q[3];
ry(pi*-0.004155715357) q[4];
ry(pi*-0.00387789682) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
