// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.102047219177) q[0];
ry(pi*-0.076838646323) q[1];
ry(pi*0.514107731699) q[2];
ry(pi*0.114372248103) q[3];
ry(pi*0.083736051195) q[4];
ry(pi*0.42113197135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.642097811755) q[0];
ry(pi*-0.158188205706) q[1];
ry(pi*0.063422176884) q[2];
ry(pi*0.195240634888) q[3];
ry(pi*-0.09127393334) q[4];
ry(pi*0.111111525279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043819372698) q[0];
ry(pi*0.000502823764) q[1];
ry(pi*0.162136282719) q[2];
ry(pi*-0.108931015846) q[3];
ry(pi*-0.084937642738) q[4];
ry(pi*-0.02220763675) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037447344554) q[0];
ry(pi*0.021833551084) q[1];
ry(pi*-0.577898700853) q[2];
ry(pi*0.021223724284) q[3];
ry(pi*-0.116004739205) q[4];
ry(pi*0.085371862528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.187803393683) q[0];
ry(pi*-0.270346609257) q[1];
ry(pi*0.506819692182) q[2];
ry(pi*-0.205456055538) q[3];
ry(pi*-0.422407053831) q[4];
ry(pi*0.001583946511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
