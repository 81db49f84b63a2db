// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.007188195433) q[0];
ry(pi*0.188354419194) q[1];
ry(pi*0.104592517631) q[2];
ry(pi*0.180110855185) q[3];
ry(pi*0.137724266447) q[4];
ry(pi*0.03753214325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01831833138) q[0];
ry(pi*0.024097837056) q[1];
ry(pi*-0.015903643694) q[2];
ry(pi*-0.052185818451) q[3];
ry(pi*0.067855567297) q[4];
ry(pi*0.037369933372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046997791742) q[0];
ry(pi*0.183281770507) q[1];
ry(pi*-0.096701049873) q[2];
ry(pi*0.041492180209) q[3];
ry(pi*-0.040124026913) q[4];
ry(pi*0.004657574771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001266134015) q[0];
ry(pi*-0.028957177513) q[1];
ry(pi*-0.160309871162) q[2];
ry(pi*0.17701387666) q[3];
ry(pi*0.133424235478) q[4];
ry(pi*-0.07319529061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019686485862) q[0];
ry(pi*0.193715984883) q[1];
ry(pi*0.092562875414) q[2];
ry(pi*0.144152233366) q[3];
ry(pi*0.001967399527) q[4];
ry(pi*-0.006742086844) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
