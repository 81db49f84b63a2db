// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.218731419909) q[0];
ry(pi*0.011723659228) q[1];
ry(pi*-0.004489360611) q[2];
ry(pi*0.003099133414) q[3];
ry(pi*-0.005791343485) q[4];
ry(pi*-0.007217401606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009927707232) q[0];
ry(pi*0.018100359411) q[1];
ry(pi*0.001251243817) q[2];
ry(pi*-0.006757799837) q[3];
ry(pi*0.00075983268) q[4];
ry(pi*0.000526918597) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000261865069) q[0];
ry(pi*-0.000140925114) q[1];
ry(pi*0.000112813699) q[2];
ry(pi*-0.000566378689) q[3];
ry(pi*0.000142030582) q[4];
ry(pi*-0.001252506098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085201639036) q[0];
ry(pi*-0.010006450064) q[1];
ry(pi*0.010743281622) q[2];
ry(pi*0.002639158711) q[3];
ry(pi*-0.000127819021) q[4];
ry(pi*0.002132156348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004763078664) q[0];
ry(pi*0.018207611168) q[1];
ry(pi*0.060461176042) q[2];
ry(pi*-0.05534775492) q[3];
ry(pi*0.142654372881) q[4];
ry(pi*-0.003980770022) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
