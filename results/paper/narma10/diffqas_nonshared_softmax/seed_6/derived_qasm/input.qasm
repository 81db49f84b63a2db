// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002631091143) q[0];
rz(pi*0.002255159933) q[1];
rz(pi*1.7695473e-05) q[2];
rz(pi*-0.001377271479) q[3];
rz(pi*-0.001999635856) q[4];
rz(pi*-0.003794574737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003056876658) q[0];
rz(pi*-0.000282013664) q[1];
rz(pi*-0.003316050024) q[2];
rz(pi*-0.000826368327) q[3];
rz(pi*0.005247884542) q[4];
rz(pi*0.003845772993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004702701748) q[0];
rz(pi*-0.004815404613) q[1];
rz(pi*-0.001446334801) q[2];
rz(pi*-0.00723397193) q[3];
rz(pi*0.000614259011) q[4];
rz(pi*-0.003494926571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005337191045) q[0];
rz(pi*-0.003697618364) q[1];
rz(pi*-0.000367844744) q[2];
rz(pi*0.003830367122) q[3];
rz(pi*-0.000552161245) q[4];
rz(pi*0.00546584999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000401765238) q[0];
rz(pi*-0.001866272114) q[1];
rz(pi*0.001248335206) q[2];
rz(pi*-0.005580437678) q[3];
rz(pi*0.000549429725) q[4];
rz(pi*-0.003272420115) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
