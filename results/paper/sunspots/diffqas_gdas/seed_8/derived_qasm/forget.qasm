// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.501354098917) q[0];
ry(pi*-0.315029668862) q[1];
ry(pi*-0.14067919601) q[2];
ry(pi*0.590954721288) q[3];
ry(pi*-0.048462374027) q[4];
ry(pi*0.159368310612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015402352869) q[0];
ry(pi*0.127686146124) q[1];
ry(pi*0.207114842869) q[2];
ry(pi*0.339475693784) q[3];
ry(pi*-0.974618968981) q[4];
ry(pi*0.062852425271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.403700038441) q[0];
ry(pi*0.436794961154) q[1];
ry(pi*0.07374668609) q[2];
ry(pi*-0.177719795684) q[3];
ry(pi*-0.637230922516) q[4];
ry(pi*0.379571408615) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047135699902) q[0];
ry(pi*-0.152389365614) q[1];
ry(pi*-0.53490626485) q[2];
ry(pi*-0.021982171731) q[3];
ry(pi*-0.002651892982) q[4];
ry(pi*-0.009491195297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017457540189) q[0];
ry(pi*-0.096989445124) q[1];
ry(pi*-0.172786767447) q[2];
ry(pi*0.131549443414) q[3];
ry(pi*-0.252686585976) q[4];
ry(pi*0.002837110578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
