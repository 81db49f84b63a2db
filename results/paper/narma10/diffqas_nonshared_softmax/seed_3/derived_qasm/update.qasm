// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.005216616861) q[0];
rz(pi*0.000195317842) q[1];
rz(pi*-0.003068888779) q[2];
rz(pi*0.002410325437) q[3];
rz(pi*-0.00647492862) q[4];
rz(pi*-0.002910962888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258656402) q[0];
rz(pi*0.003680927682) q[1];
rz(pi*-0.006869137257) q[2];
rz(pi*-0.001585383845) q[3];
rz(pi*0.00104413508) q[4];
rz(pi*-0.001939187644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063162313) q[0];
rz(pi*-0.003791778925) q[1];
rz(pi*0.001128576999) q[2];
rz(pi*-0.003337173214) q[3];
rz(pi*0.004475302991) q[4];
rz(pi*-6.8895114e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001184881148) q[0];
rz(pi*-0.005469151248) q[1];
rz(pi*0.005353431124) q[2];
rz(pi*0.002396197706) q[3];
rz(pi*0.002398710261) q[4];
rz(pi*0.003621985284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001111652937) q[0];
rz(pi*-0.00203476627) q[1];
rz(pi*-0.00254726154) q[2];
rz(pi*-0.002547120726) q[3];
rz(pi*0.004361081418) q[4];
rz(pi*-0.004648535739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
