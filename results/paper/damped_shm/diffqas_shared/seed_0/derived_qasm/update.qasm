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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.117362704135) q[0];
ry(pi*-0.217870891965) q[1];
ry(pi*-0.112958285108) q[2];
ry(pi*0.082125283888) q[3];
ry(pi*-0.099492937128) q[4];
ry(pi*-0.040848392191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083768333325) q[0];
ry(pi*0.226053875991) q[1];
ry(pi*-0.057971130974) q[2];
ry(pi*0.356254015535) q[3];
ry(pi*0.230465419285) q[4];
ry(pi*0.272016400782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04425631982) q[0];
ry(pi*-0.459509855659) q[1];
ry(pi*-0.060652819767) q[2];
ry(pi*0.266786676717) q[3];
ry(pi*0.066228734816) q[4];
ry(pi*-0.062548941942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003931786834) q[0];
ry(pi*0.151284430734) q[1];
ry(pi*0.292306312512) q[2];
ry(pi*0.009684598744) q[3];
ry(pi*0.001384851092) q[4];
ry(pi*0.338799201492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.255569248342) q[0];
ry(pi*0.060351043985) q[1];
ry(pi*0.018813535511) q[2];
ry(pi*0.222236369427) q[3];
ry(pi*-0.048473031968) q[4];
ry(pi*0.005376139724) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
