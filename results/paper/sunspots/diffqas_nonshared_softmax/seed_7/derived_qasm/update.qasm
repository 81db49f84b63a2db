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
ry(pi*0.05645076881) q[0];
ry(pi*-0.113430450393) q[1];
ry(pi*0.194915574802) q[2];
ry(pi*-0.059261856486) q[3];
ry(pi*-0.020568813493) q[4];
ry(pi*0.001267336264) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.184107654214) q[0];
ry(pi*-0.112363906868) q[1];
ry(pi*-0.012840256419) q[2];
ry(pi*-0.046360516119) q[3];
ry(pi*0.072305824483) q[4];
ry(pi*0.009432772871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07759768904) q[0];
ry(pi*0.060298252315) q[1];
ry(pi*0.101479877103) q[2];
ry(pi*0.006906891839) q[3];
ry(pi*0.016025628975) q[4];
ry(pi*0.045883095383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026838682877) q[0];
ry(pi*0.01829397393) q[1];
ry(pi*0.068770698809) q[2];
ry(pi*-0.187846120311) q[3];
ry(pi*-0.082691914485) q[4];
ry(pi*0.089355115016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035757626901) q[0];
ry(pi*-0.004454658863) q[1];
ry(pi*0.077420744452) q[2];
ry(pi*0.006016834591) q[3];
ry(pi*-0.024036993826) q[4];
ry(pi*0.0023123558) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
