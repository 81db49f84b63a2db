// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002489468179) q[0];
ry(pi*-0.239758859261) q[1];
ry(pi*-0.000902047728) q[2];
ry(pi*0.0011165923) q[3];
ry(pi*0.00677249423) q[4];
ry(pi*0.035710688323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002596992669) q[0];
ry(pi*0.002864340028) q[1];
ry(pi*0.012932210212) q[2];
ry(pi*0.500530112484) q[3];
ry(pi*-0.012761609637) q[4];
ry(pi*0.046712318294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011002910631) q[0];
ry(pi*0.091421218781) q[1];
ry(pi*-0.008951799487) q[2];
ry(pi*-0.122886961136) q[3];
ry(pi*0.01245207993) q[4];
ry(pi*-0.144625242939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001139370343) q[0];
ry(pi*0.212887339301) q[1];
ry(pi*0.100408030695) q[2];
ry(pi*-0.136068846779) q[3];
ry(pi*0.514755764869) q[4];
ry(pi*-0.279025351181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030559048972) q[0];
ry(pi*0.057986859381) q[1];
ry(pi*0.11780852576) q[2];
ry(pi*-0.008207459464) q[3];
ry(pi*0.086747604923) q[4];
ry(pi*0.000158050381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
