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
ry(pi*0.020819898836) q[0];
ry(pi*-0.082213877134) q[1];
ry(pi*0.127036974589) q[2];
ry(pi*0.015543527899) q[3];
ry(pi*0.01928847556) q[4];
ry(pi*0.494069322712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028577234011) q[0];
ry(pi*-0.196686718745) q[1];
ry(pi*-0.127805589057) q[2];
ry(pi*-0.023848354911) q[3];
ry(pi*0.219562274476) q[4];
ry(pi*0.452128280495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022199563846) q[0];
ry(pi*0.000752409222) q[1];
ry(pi*-0.355671400399) q[2];
ry(pi*-0.109368413571) q[3];
ry(pi*0.081832686173) q[4];
ry(pi*-0.040451088625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008577233573) q[0];
ry(pi*-0.142473894619) q[1];
ry(pi*0.042975118628) q[2];
ry(pi*0.064638937139) q[3];
ry(pi*-0.027032392259) q[4];
ry(pi*-0.581019907576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0094276526) q[0];
ry(pi*-0.030546593364) q[1];
ry(pi*0.001279576799) q[2];
ry(pi*0.014848943906) q[3];
ry(pi*-0.006412412823) q[4];
ry(pi*-0.0038773057) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
