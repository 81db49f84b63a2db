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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014015134334) q[0];
ry(pi*0.032811548125) q[1];
ry(pi*0.015361614822) q[2];
ry(pi*-0.030639858648) q[3];
ry(pi*0.062806681976) q[4];
ry(pi*-0.000987243221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003610558947) q[0];
ry(pi*0.019776464118) q[1];
ry(pi*-0.006034807119) q[2];
ry(pi*0.020791072118) q[3];
ry(pi*-0.012214988175) q[4];
ry(pi*0.000749994124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002561899015) q[0];
ry(pi*0.042826794429) q[1];
ry(pi*0.056444166294) q[2];
ry(pi*0.011969082392) q[3];
ry(pi*-0.008938529236) q[4];
ry(pi*-0.000198308421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003076026682) q[0];
ry(pi*0.025574170588) q[1];
ry(pi*-0.005044546491) q[2];
ry(pi*-0.000213101643) q[3];
ry(pi*0.07465099365) q[4];
ry(pi*-0.003690833235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00245892917) q[0];
ry(pi*0.034310243411) q[1];
ry(pi*0.007162433406) q[2];
ry(pi*-0.046372013604) q[3];
ry(pi*-0.042458414817) q[4];
ry(pi*-0.001265379996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
