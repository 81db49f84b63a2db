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
ry(pi*0.076388124199) q[0];
ry(pi*-0.024944737825) q[1];
ry(pi*0.021384743623) q[2];
ry(pi*0.006895758986) q[3];
ry(pi*-0.050001500238) q[4];
ry(pi*-0.005607604281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.034970957492) q[0];
ry(pi*-0.289481137571) q[1];
ry(pi*-0.444630705952) q[2];
ry(pi*0.00458688261) q[3];
ry(pi*0.005068608678) q[4];
ry(pi*-0.014628318124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01603719998) q[0];
ry(pi*0.134780796424) q[1];
ry(pi*0.112279345332) q[2];
ry(pi*0.002556165391) q[3];
ry(pi*-0.051805765856) q[4];
ry(pi*-0.097005391719) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01121146856) q[0];
ry(pi*-0.259787345501) q[1];
ry(pi*0.164616912562) q[2];
ry(pi*0.497792420883) q[3];
ry(pi*0.49570378698) q[4];
ry(pi*0.045532716165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017211898839) q[0];
ry(pi*0.001360646609) q[1];
ry(pi*-0.058686688153) q[2];
ry(pi*-0.010246271524) q[3];
ry(pi*-0.018932957099) q[4];
ry(pi*0.005024689731) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
