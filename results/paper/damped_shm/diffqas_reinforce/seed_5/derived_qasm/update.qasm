// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.015147124352) q[0];
ry(pi*0.021567650397) q[1];
ry(pi*-0.159074878097) q[2];
ry(pi*-0.151471027708) q[3];
ry(pi*0.15143348064) q[4];
ry(pi*-0.00211819789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004999394908) q[0];
ry(pi*0.336356612009) q[1];
ry(pi*-0.09167793903) q[2];
ry(pi*-0.34373340604) q[3];
ry(pi*-0.114778710763) q[4];
ry(pi*0.018883905432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.077738680271) q[0];
ry(pi*0.123916915717) q[1];
ry(pi*0.119721367669) q[2];
ry(pi*-0.048687471449) q[3];
ry(pi*-0.065721213816) q[4];
ry(pi*-0.228854462251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002286838048) q[0];
ry(pi*0.159680734849) q[1];
ry(pi*-0.42132924998) q[2];
ry(pi*-0.016913761082) q[3];
ry(pi*-0.421029063166) q[4];
ry(pi*-0.454547040208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.080051410783) q[0];
ry(pi*-0.024670851982) q[1];
ry(pi*0.056404584399) q[2];
ry(pi*-0.027554621883) q[3];
ry(pi*-0.169427699386) q[4];
ry(pi*-0.001417122105) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
