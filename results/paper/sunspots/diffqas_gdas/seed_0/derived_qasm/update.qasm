// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.25382627893) q[0];
ry(pi*-0.00846258778) q[1];
ry(pi*0.056042143256) q[2];
ry(pi*-0.070849628152) q[3];
ry(pi*0.061158092497) q[4];
ry(pi*0.001256787713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026662786533) q[0];
ry(pi*0.000578230134) q[1];
ry(pi*0.015450183166) q[2];
ry(pi*-0.032456088954) q[3];
ry(pi*0.000537700306) q[4];
ry(pi*-0.000493763609) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019211830403) q[0];
ry(pi*0.01676272378) q[1];
ry(pi*-0.016920798785) q[2];
ry(pi*0.000713878091) q[3];
ry(pi*0.000629302325) q[4];
ry(pi*-0.000717827906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.106618275847) q[0];
ry(pi*-0.021027669396) q[1];
ry(pi*-0.001791500367) q[2];
ry(pi*-0.001360264486) q[3];
ry(pi*-6.8515595e-05) q[4];
ry(pi*0.000100309232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005951667946) q[0];
ry(pi*-0.001056133712) q[1];
ry(pi*0.038995527881) q[2];
ry(pi*-0.001463012884) q[3];
ry(pi*0.162291252122) q[4];
ry(pi*0.005376592698) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
