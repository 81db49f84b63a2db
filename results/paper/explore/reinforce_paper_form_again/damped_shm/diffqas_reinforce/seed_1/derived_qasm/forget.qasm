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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.336863184372) q[0];
ry(pi*-0.001534169877) q[1];
ry(pi*-0.179486025685) q[2];
ry(pi*-0.120137022626) q[3];
ry(pi*0.03357869932) q[4];
ry(pi*0.123179596796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.442309883563) q[0];
ry(pi*-0.443916495838) q[1];
ry(pi*0.278344608994) q[2];
ry(pi*0.050711175866) q[3];
ry(pi*-0.29413949734) q[4];
ry(pi*0.395441239315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.511531536126) q[0];
ry(pi*-0.221535421264) q[1];
ry(pi*0.006599551706) q[2];
ry(pi*-0.303649549177) q[3];
ry(pi*-0.098358926512) q[4];
ry(pi*0.064919809696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01815084945) q[0];
ry(pi*0.087347494746) q[1];
ry(pi*0.204071614139) q[2];
ry(pi*0.023720203486) q[3];
ry(pi*-0.019891231454) q[4];
ry(pi*-0.020800017768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072695491518) q[0];
ry(pi*0.112882564872) q[1];
ry(pi*-0.095774980571) q[2];
ry(pi*0.0782211193) q[3];
ry(pi*-0.236013126602) q[4];
ry(pi*-0.006847899637) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
