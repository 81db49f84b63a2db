// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.031382027478) q[0];
ry(pi*-0.058552944511) q[1];
ry(pi*-0.051030088782) q[2];
ry(pi*0.029307400206) q[3];
ry(pi*-0.059815642532) q[4];
ry(pi*-0.17175083645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080293522017) q[0];
ry(pi*0.202940439949) q[1];
ry(pi*0.021005739271) q[2];
ry(pi*-0.233281866762) q[3];
ry(pi*-0.05325018011) q[4];
ry(pi*0.020411555502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.149961470524) q[0];
ry(pi*0.048730074754) q[1];
ry(pi*-0.048563285329) q[2];
ry(pi*0.018605775623) q[3];
ry(pi*0.013021996369) q[4];
ry(pi*0.21433461844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.1319207306) q[0];
ry(pi*0.23391559448) q[1];
ry(pi*0.180382241368) q[2];
ry(pi*0.072026123493) q[3];
ry(pi*0.021954642275) q[4];
ry(pi*-0.034857808768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042129228158) q[0];
ry(pi*-0.10503021892) q[1];
ry(pi*0.335214566434) q[2];
ry(pi*-0.042386911274) q[3];
ry(pi*-0.011085361449) q[4];
ry(pi*-0.000551210718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
