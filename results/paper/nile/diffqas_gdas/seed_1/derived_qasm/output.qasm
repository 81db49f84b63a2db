// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.02054368646) q[0];
ry(pi*-0.260015910192) q[1];
ry(pi*0.002296300854) q[2];
ry(pi*-0.000355253065) q[3];
ry(pi*-0.005599329792) q[4];
ry(pi*-0.209659809299) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003289160601) q[0];
ry(pi*-0.002967860083) q[1];
ry(pi*-0.005917422136) q[2];
ry(pi*-0.001796826373) q[3];
ry(pi*0.002442041349) q[4];
ry(pi*-0.003068795694) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122977366279) q[0];
ry(pi*0.004789912058) q[1];
ry(pi*0.003213713691) q[2];
ry(pi*0.001478585359) q[3];
ry(pi*-0.031666538059) q[4];
ry(pi*0.002566561271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006668332659) q[0];
ry(pi*-0.048644972494) q[1];
ry(pi*-0.066676586526) q[2];
ry(pi*0.052570429249) q[3];
ry(pi*-0.0077901687) q[4];
ry(pi*0.005872997448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007008503353) q[0];
ry(pi*-0.113192057819) q[1];
ry(pi*-0.11621592486) q[2];
ry(pi*0.128999923525) q[3];
ry(pi*-0.004241157051) q[4];
ry(pi*-0.000422482181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
