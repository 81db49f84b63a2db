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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002696470046) q[0];
rz(pi*-2.7849914e-05) q[1];
rz(pi*0.003405223717) q[2];
rz(pi*0.002257659444) q[3];
rz(pi*0.000316629109) q[4];
rz(pi*0.000528425448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003826306954) q[0];
rz(pi*-0.000492772691) q[1];
rz(pi*-0.000452882674) q[2];
rz(pi*0.000255251788) q[3];
rz(pi*0.002606127158) q[4];
rz(pi*0.002986321456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006157698349) q[0];
rz(pi*-0.000187613035) q[1];
rz(pi*0.004101308335) q[2];
rz(pi*-0.001992089594) q[3];
rz(pi*0.002021322744) q[4];
rz(pi*0.000508240816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005640201241) q[0];
rz(pi*0.002063728466) q[1];
rz(pi*-0.001296940421) q[2];
rz(pi*0.001975073114) q[3];
rz(pi*0.001240925162) q[4];
rz(pi*-0.000866593813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00079276685) q[0];
rz(pi*-0.002857434837) q[1];
rz(pi*0.008926470276) q[2];
rz(pi*0.000582198366) q[3];
rz(pi*0.003255207386) q[4];
rz(pi*-0.003555497958) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
