// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.548394142968) q[0];
ry(pi*0.023799168062) q[1];
ry(pi*-0.323018846271) q[2];
ry(pi*0.480338213969) q[3];
ry(pi*0.000888371045) q[4];
ry(pi*-0.500014167584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499168855783) q[0];
ry(pi*-0.098545476054) q[1];
ry(pi*-0.151355189596) q[2];
ry(pi*0.03344416831) q[3];
ry(pi*-0.003682103696) q[4];
ry(pi*0.000362746114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.181098519511) q[0];
ry(pi*-0.266868904605) q[1];
ry(pi*0.001201747179) q[2];
ry(pi*0.005431665249) q[3];
ry(pi*0.00703469286) q[4];
ry(pi*0.273308274145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018605467316) q[0];
ry(pi*0.007977984673) q[1];
ry(pi*0.49050737906) q[2];
ry(pi*-0.001218273776) q[3];
ry(pi*-0.003441035964) q[4];
ry(pi*-0.021500807035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.374878537418) q[0];
ry(pi*-0.117741181993) q[1];
ry(pi*0.497585504097) q[2];
ry(pi*-0.004897261347) q[3];
ry(pi*0.494927687763) q[4];
ry(pi*0.002312216321) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
