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
ry(pi*0.004867680758) q[0];
ry(pi*-0.119049371919) q[1];
ry(pi*-0.038285373191) q[2];
ry(pi*-0.024595719901) q[3];
ry(pi*0.006231187509) q[4];
ry(pi*0.061536356911) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039225297342) q[0];
ry(pi*-0.043139138032) q[1];
ry(pi*0.291487790231) q[2];
ry(pi*-0.081684537473) q[3];
ry(pi*0.448244596987) q[4];
ry(pi*-0.349011814176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045505191451) q[0];
ry(pi*-0.101548605881) q[1];
ry(pi*0.157043219355) q[2];
ry(pi*0.063540623748) q[3];
ry(pi*0.245866357498) q[4];
ry(pi*-0.315674248992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030575574236) q[0];
ry(pi*0.048034946481) q[1];
ry(pi*-0.002256756163) q[2];
ry(pi*-0.263420076475) q[3];
ry(pi*-0.197097915105) q[4];
ry(pi*0.727476087072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.149296741335) q[0];
ry(pi*0.202373742948) q[1];
ry(pi*0.083950528621) q[2];
ry(pi*-0.033463103112) q[3];
ry(pi*-0.004963250045) q[4];
ry(pi*0.000606858046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
