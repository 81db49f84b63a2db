// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104447689161) q[0];
ry(pi*0.165004146342) q[1];
ry(pi*0.022518903649) q[2];
ry(pi*0.15699360562) q[3];
ry(pi*-0.034367147425) q[4];
ry(pi*-0.117093480845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064217922382) q[0];
ry(pi*-0.139806895475) q[1];
ry(pi*-0.072984190333) q[2];
ry(pi*-0.067192574115) q[3];
ry(pi*0.08182986872) q[4];
ry(pi*-0.078231283949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024168517656) q[0];
ry(pi*0.015570352992) q[1];
ry(pi*0.00612681961) q[2];
ry(pi*0.129021666294) q[3];
ry(pi*0.078446264153) q[4];
ry(pi*0.02748661644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002455035606) q[0];
ry(pi*0.074774126783) q[1];
ry(pi*-0.058541470742) q[2];
ry(pi*0.138086816683) q[3];
ry(pi*0.023910661414) q[4];
ry(pi*-0.005001645551) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018711220225) q[0];
ry(pi*-0.021373582904) q[1];
ry(pi*0.01678825517) q[2];
ry(pi*0.065073417805) q[3];
ry(pi*0.037762301652) q[4];
ry(pi*0.004869597598) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
