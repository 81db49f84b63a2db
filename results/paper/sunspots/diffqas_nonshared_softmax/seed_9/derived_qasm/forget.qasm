// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.003932824406) q[0];
ry(pi*-0.070962089113) q[1];
ry(pi*0.484731809043) q[2];
ry(pi*0.001326775067) q[3];
ry(pi*-0.007886269818) q[4];
ry(pi*0.01102126795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.067076868813) q[0];
ry(pi*-0.141835992896) q[1];
ry(pi*0.146542249366) q[2];
ry(pi*-0.010199191836) q[3];
ry(pi*0.580104814009) q[4];
ry(pi*0.030582413911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002993781896) q[0];
ry(pi*0.143407391751) q[1];
ry(pi*-0.00543729304) q[2];
ry(pi*-0.004018398317) q[3];
ry(pi*-0.005840956034) q[4];
ry(pi*-0.007772534124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088500923969) q[0];
ry(pi*-0.088737466701) q[1];
ry(pi*0.076382152527) q[2];
ry(pi*-0.415556715603) q[3];
ry(pi*-0.076625255086) q[4];
ry(pi*0.040323601246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032677275618) q[0];
ry(pi*-0.906650845858) q[1];
ry(pi*-0.088517933037) q[2];
ry(pi*-0.075431110347) q[3];
ry(pi*-0.006324474731) q[4];
ry(pi*-0.00372819769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
