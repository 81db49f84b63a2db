// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.15750913312) q[0];
ry(pi*-0.287995912936) q[1];
ry(pi*-0.289325617959) q[2];
ry(pi*0.257661790631) q[3];
ry(pi*0.156490865752) q[4];
ry(pi*0.095231781319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003400372326) q[0];
ry(pi*-0.359186215746) q[1];
ry(pi*0.19047621746) q[2];
ry(pi*0.249196397256) q[3];
ry(pi*-0.164483325445) q[4];
ry(pi*0.130356133475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128634053058) q[0];
ry(pi*-0.264348166374) q[1];
ry(pi*0.197406203283) q[2];
ry(pi*0.289454329079) q[3];
ry(pi*0.016407729442) q[4];
ry(pi*0.020958425982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018013975305) q[0];
ry(pi*-0.297194754792) q[1];
ry(pi*0.126980027887) q[2];
ry(pi*0.254509980866) q[3];
ry(pi*0.35271525658) q[4];
ry(pi*0.383183630048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114247227182) q[0];
ry(pi*0.150637839492) q[1];
ry(pi*-0.147381660642) q[2];
ry(pi*-0.014749767425) q[3];
ry(pi*-0.014807744585) q[4];
ry(pi*0.000614186641) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
