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
rx(pi*-0.004502387181) q[0];
rx(pi*0.003026621054) q[1];
rx(pi*-0.000946176486) q[2];
rx(pi*-0.006249016556) q[3];
rx(pi*0.004639989702) q[4];
rx(pi*0.004087327198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.4191122e-05) q[0];
rx(pi*0.001450326637) q[1];
rx(pi*-0.001130888784) q[2];
rx(pi*0.000162146679) q[3];
rx(pi*0.000529278963) q[4];
rx(pi*-0.000735345607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002637476659) q[0];
rx(pi*-8.8645522e-05) q[1];
rx(pi*-0.001662404011) q[2];
rx(pi*0.000942200361) q[3];
rx(pi*-0.001657119804) q[4];
rx(pi*0.000425960938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.577061e-06) q[0];
rx(pi*-0.001000742182) q[1];
rx(pi*0.005096988351) q[2];
rx(pi*-0.002081350294) q[3];
rx(pi*-0.00465724008) q[4];
rx(pi*0.005074337262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00188660749) q[0];
rx(pi*-0.00338743469) q[1];
rx(pi*-0.000792614772) q[2];
rx(pi*-0.00290851481) q[3];
rx(pi*0.002985245345) q[4];
rx(pi*0.002270631319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
