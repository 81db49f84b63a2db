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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000563906636) q[0];
rx(pi*-0.000324997943) q[1];
rx(pi*-0.000318314422) q[2];
rx(pi*-0.005901506373) q[3];
rx(pi*-0.002138082071) q[4];
rx(pi*-0.00225171297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001074043541) q[0];
rx(pi*-0.001266245776) q[1];
rx(pi*-0.001265358948) q[2];
rx(pi*0.000471861759) q[3];
rx(pi*-0.001304765197) q[4];
rx(pi*-0.000703060364) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003518061762) q[0];
rx(pi*0.000280683645) q[1];
rx(pi*-4.9215646e-05) q[2];
rx(pi*0.003190889772) q[3];
rx(pi*0.005688294784) q[4];
rx(pi*0.003033686031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00394271988) q[0];
rx(pi*0.003079462824) q[1];
rx(pi*0.000251753224) q[2];
rx(pi*0.000514106138) q[3];
rx(pi*0.000382300162) q[4];
rx(pi*0.0016129594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001700873925) q[0];
rx(pi*0.00477439235) q[1];
rx(pi*0.000949606477) q[2];
rx(pi*-7.4784402e-05) q[3];
rx(pi*0.002184140936) q[4];
rx(pi*-0.000131478362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
