// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.001558322333) q[0];
ry(pi*-0.035801027061) q[1];
ry(pi*-0.006556887332) q[2];
ry(pi*-0.3157405208) q[3];
ry(pi*0.001106925833) q[4];
ry(pi*-0.000610485806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003450747046) q[0];
ry(pi*-0.499291457678) q[1];
ry(pi*0.003632700736) q[2];
ry(pi*0.505844720623) q[3];
ry(pi*-0.00295010248) q[4];
ry(pi*-0.511068259573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007306867598) q[0];
ry(pi*0.0127773084) q[1];
ry(pi*-0.021011492757) q[2];
ry(pi*0.014260103337) q[3];
ry(pi*-0.316794551798) q[4];
ry(pi*-0.002020874958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001993182602) q[0];
ry(pi*0.003767221075) q[1];
ry(pi*-0.001175741101) q[2];
ry(pi*-0.001151580492) q[3];
ry(pi*0.000253446394) q[4];
ry(pi*0.920346209945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.419042578537) q[0];
ry(pi*-0.010422317278) q[1];
ry(pi*-0.497942874772) q[2];
ry(pi*0.005725333145) q[3];
ry(pi*0.08045322512) q[4];
ry(pi*-0.002661853082) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
