// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.020557297035) q[0];
ry(pi*-0.171062884618) q[1];
ry(pi*0.028907034912) q[2];
ry(pi*0.020112084909) q[3];
ry(pi*-0.321212147399) q[4];
ry(pi*0.009468965165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.162774146497) q[0];
ry(pi*0.023021117024) q[1];
ry(pi*0.476946417918) q[2];
ry(pi*0.197506739873) q[3];
ry(pi*0.151193541786) q[4];
ry(pi*2.9811078e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010274575306) q[0];
ry(pi*-0.016914403783) q[1];
ry(pi*0.008133860618) q[2];
ry(pi*-0.369186181873) q[3];
ry(pi*-0.357633599911) q[4];
ry(pi*-0.007996423219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022326510501) q[0];
ry(pi*-0.022697083837) q[1];
ry(pi*-0.007469909905) q[2];
ry(pi*-0.011152214297) q[3];
ry(pi*0.489228653811) q[4];
ry(pi*0.05735052291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.193521912647) q[0];
ry(pi*0.031100763608) q[1];
ry(pi*-0.079201943951) q[2];
ry(pi*0.021320314543) q[3];
ry(pi*0.004747110429) q[4];
ry(pi*-0.002048414049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
