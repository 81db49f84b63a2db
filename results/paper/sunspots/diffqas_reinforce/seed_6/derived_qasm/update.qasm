// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.130821478058) q[0];
ry(pi*-0.171571050693) q[1];
ry(pi*-0.076290609019) q[2];
ry(pi*-0.081699051625) q[3];
ry(pi*0.10084932732) q[4];
ry(pi*-0.022657658468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.136173595319) q[0];
ry(pi*-0.13748399557) q[1];
ry(pi*-0.187740442106) q[2];
ry(pi*0.162445728234) q[3];
ry(pi*0.15867824332) q[4];
ry(pi*-0.005747084215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.17401373504) q[0];
ry(pi*0.137160273063) q[1];
ry(pi*-0.110888386794) q[2];
ry(pi*-0.252138880695) q[3];
ry(pi*0.09159715307) q[4];
ry(pi*-0.008125627038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055469607392) q[0];
ry(pi*-0.521764297868) q[1];
ry(pi*0.132496211984) q[2];
ry(pi*-0.255806730225) q[3];
ry(pi*0.178966191371) q[4];
ry(pi*0.523708207651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084984069052) q[0];
ry(pi*0.244260238515) q[1];
ry(pi*0.198783776547) q[2];
ry(pi*0.001394206287) q[3];
ry(pi*0.001692346564) q[4];
ry(pi*-0.003039780137) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
