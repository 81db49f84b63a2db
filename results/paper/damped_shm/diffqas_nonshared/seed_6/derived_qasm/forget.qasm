// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.232407735357) q[0];
ry(pi*0.420028857853) q[1];
ry(pi*-0.045683582711) q[2];
ry(pi*-0.008254443102) q[3];
ry(pi*-0.206410991875) q[4];
ry(pi*-0.0224723801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.116954628791) q[0];
ry(pi*-0.132364066796) q[1];
ry(pi*0.103148141321) q[2];
ry(pi*-0.191228809443) q[3];
ry(pi*-0.282607197245) q[4];
ry(pi*0.027741280518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.252498129673) q[0];
ry(pi*0.012138970304) q[1];
ry(pi*-0.434309227642) q[2];
ry(pi*0.501811759537) q[3];
ry(pi*0.442227997184) q[4];
ry(pi*-0.016639186291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.037806648078) q[0];
ry(pi*-0.006946251397) q[1];
ry(pi*-0.133847138024) q[2];
ry(pi*0.202471794108) q[3];
ry(pi*-0.329747796859) q[4];
ry(pi*-0.039047615188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055593029859) q[0];
ry(pi*-0.065029064264) q[1];
ry(pi*0.217295619282) q[2];
ry(pi*-0.055213712458) q[3];
ry(pi*0.39873149322) q[4];
ry(pi*-0.003299494226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
