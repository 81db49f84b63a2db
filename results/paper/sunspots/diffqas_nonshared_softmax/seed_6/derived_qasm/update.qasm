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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.20935081913) q[0];
ry(pi*-0.007382646531) q[1];
ry(pi*-0.027919870992) q[2];
ry(pi*-0.107433117415) q[3];
ry(pi*0.059138007132) q[4];
ry(pi*-0.118596122463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02382192113) q[0];
ry(pi*0.115611443632) q[1];
ry(pi*-0.029591865727) q[2];
ry(pi*-0.030024100493) q[3];
ry(pi*0.059739262993) q[4];
ry(pi*-0.170466836777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013037163895) q[0];
ry(pi*-0.034372841621) q[1];
ry(pi*-0.008207983586) q[2];
ry(pi*-0.227960788916) q[3];
ry(pi*0.17174358886) q[4];
ry(pi*0.071352571977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135047714525) q[0];
ry(pi*0.283528874356) q[1];
ry(pi*-0.007898661394) q[2];
ry(pi*0.04809544583) q[3];
ry(pi*0.190808714863) q[4];
ry(pi*0.045717695712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.241726409088) q[0];
ry(pi*0.007301497124) q[1];
ry(pi*0.027475555328) q[2];
ry(pi*-0.008511782929) q[3];
ry(pi*0.022142318323) q[4];
ry(pi*0.000606760996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
