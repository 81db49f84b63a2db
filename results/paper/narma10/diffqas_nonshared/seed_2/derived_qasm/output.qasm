// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.115105098941) q[0];
ry(pi*0.054449314683) q[1];
ry(pi*0.071093067477) q[2];
ry(pi*0.088782574409) q[3];
ry(pi*0.042319605452) q[4];
ry(pi*2.101556e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105110397752) q[0];
ry(pi*-0.045034453865) q[1];
ry(pi*-0.011655989366) q[2];
ry(pi*-0.019500468743) q[3];
ry(pi*0.006681074045) q[4];
ry(pi*-0.000672312432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101085841592) q[0];
ry(pi*0.070496820422) q[1];
ry(pi*-0.073928705888) q[2];
ry(pi*-0.000780259289) q[3];
ry(pi*-0.020615891995) q[4];
ry(pi*-0.001242915892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107421164584) q[0];
ry(pi*-0.059357014302) q[1];
ry(pi*-0.01765549591) q[2];
ry(pi*-0.023098964579) q[3];
ry(pi*0.020812874176) q[4];
ry(pi*-0.006163103211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122345241757) q[0];
ry(pi*0.085827483578) q[1];
ry(pi*0.084514427142) q[2];
ry(pi*0.104366609124) q[3];
ry(pi*-0.027486291532) q[4];
ry(pi*0.000145804732) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
