// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.009830950369) q[0];
ry(pi*0.00057727038) q[1];
ry(pi*-9.8601703e-05) q[2];
ry(pi*-0.000968929109) q[3];
ry(pi*-0.00333623347) q[4];
ry(pi*-0.001259850774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010020606105) q[0];
ry(pi*-0.00482926124) q[1];
ry(pi*0.000719088408) q[2];
ry(pi*-0.003531260569) q[3];
ry(pi*0.003725326283) q[4];
ry(pi*0.002282214626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015311993972) q[0];
ry(pi*0.000967737309) q[1];
ry(pi*-0.003525163202) q[2];
ry(pi*0.000106566672) q[3];
ry(pi*0.000138890787) q[4];
ry(pi*-0.006329621681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00215077558) q[0];
ry(pi*-0.000913694623) q[1];
ry(pi*0.003077919214) q[2];
ry(pi*-0.0037612746) q[3];
ry(pi*0.002349260314) q[4];
ry(pi*-0.003498138895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002537227921) q[0];
ry(pi*-0.002989512435) q[1];
ry(pi*0.004634623083) q[2];
ry(pi*0.001808678411) q[3];
ry(pi*0.007740444686) q[4];
ry(pi*0.002043283255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
