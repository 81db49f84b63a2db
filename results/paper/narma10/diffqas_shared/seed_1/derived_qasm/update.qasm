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
rz(pi*0.00294007479) q[0];
rz(pi*0.000692947148) q[1];
rz(pi*-0.003814045816) q[2];
rz(pi*0.00545769408) q[3];
rz(pi*0.000932313559) q[4];
rz(pi*0.009066233615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002908360953) q[0];
rz(pi*0.001528177157) q[1];
rz(pi*-0.002557532615) q[2];
rz(pi*-0.001126560848) q[3];
rz(pi*0.00150551421) q[4];
rz(pi*-0.003381266769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004813056439) q[0];
rz(pi*-0.000237033355) q[1];
rz(pi*0.003503104418) q[2];
rz(pi*-0.000571667008) q[3];
rz(pi*0.000812808816) q[4];
rz(pi*0.004492861083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005873031243) q[0];
rz(pi*0.002623603726) q[1];
rz(pi*0.001410860209) q[2];
rz(pi*-0.004500213616) q[3];
rz(pi*0.000477322649) q[4];
rz(pi*-0.002102122489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000376497984) q[0];
rz(pi*0.001727776985) q[1];
rz(pi*0.001449461006) q[2];
rz(pi*-0.004100781248) q[3];
rz(pi*-0.001358784908) q[4];
rz(pi*-0.002555054892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
