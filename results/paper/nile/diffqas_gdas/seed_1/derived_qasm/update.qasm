// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.230967893535) q[0];
ry(pi*0.07501524669) q[1];
ry(pi*-0.010333612568) q[2];
ry(pi*-0.005319497772) q[3];
ry(pi*0.025855111921) q[4];
ry(pi*0.133889845679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.141406876775) q[0];
ry(pi*0.027332979873) q[1];
ry(pi*0.031373008308) q[2];
ry(pi*0.042358565989) q[3];
ry(pi*0.006007532609) q[4];
ry(pi*-0.112524966523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014628510223) q[0];
ry(pi*0.050719291459) q[1];
ry(pi*0.119322911509) q[2];
ry(pi*0.022777001794) q[3];
ry(pi*-0.088052446159) q[4];
ry(pi*-0.054450268063) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042689474425) q[0];
ry(pi*0.178522646475) q[1];
ry(pi*0.090365195644) q[2];
ry(pi*-0.027208079903) q[3];
ry(pi*-0.0479218025) q[4];
ry(pi*-0.03757247694) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005249831621) q[0];
ry(pi*0.069369203622) q[1];
ry(pi*-0.129760474575) q[2];
ry(pi*-0.035459972949) q[3];
ry(pi*0.076060488563) q[4];
ry(pi*0.000963598212) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
