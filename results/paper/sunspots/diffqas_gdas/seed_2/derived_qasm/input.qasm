// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000715783592) q[0];
rz(pi*-0.003134914533) q[1];
rz(pi*0.007290819618) q[2];
rz(pi*0.002169244364) q[3];
rz(pi*-0.006074895942) q[4];
rz(pi*-0.001185551493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008511252285) q[0];
rz(pi*0.004836992931) q[1];
rz(pi*0.006108145683) q[2];
rz(pi*0.004467324358) q[3];
rz(pi*-0.000363145357) q[4];
rz(pi*-0.002078614513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004664379466) q[0];
rz(pi*0.001507791829) q[1];
rz(pi*-0.002565382293) q[2];
rz(pi*-0.001386338229) q[3];
rz(pi*-0.002226038247) q[4];
rz(pi*-0.001170297552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00267863092) q[0];
rz(pi*0.005204425685) q[1];
rz(pi*0.000300426901) q[2];
rz(pi*-0.000117241548) q[3];
rz(pi*-0.003729810373) q[4];
rz(pi*-0.004099233191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003569219108) q[0];
rz(pi*0.002649478997) q[1];
rz(pi*0.000617667918) q[2];
rz(pi*0.002920537603) q[3];
rz(pi*0.001184776501) q[4];
rz(pi*-0.001450331232) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
