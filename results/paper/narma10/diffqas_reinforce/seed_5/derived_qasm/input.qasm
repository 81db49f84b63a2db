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
rx(pi*0.182833804961) q[0];
rx(pi*6.7271939e-05) q[1];
rx(pi*0.000988392184) q[2];
rx(pi*0.000351391703) q[3];
rx(pi*-0.00031778011) q[4];
rx(pi*-0.004160632263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183077111477) q[0];
rx(pi*0.002684634016) q[1];
rx(pi*0.003811167887) q[2];
rx(pi*-0.000982023121) q[3];
rx(pi*0.000460350118) q[4];
rx(pi*-0.002788216325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179885364078) q[0];
rx(pi*-0.0008090574) q[1];
rx(pi*0.00206348182) q[2];
rx(pi*0.000426498586) q[3];
rx(pi*0.00205305926) q[4];
rx(pi*-0.001447168119) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182078405012) q[0];
rx(pi*-0.000853569393) q[1];
rx(pi*-0.001832775135) q[2];
rx(pi*0.00110684342) q[3];
rx(pi*0.001206329172) q[4];
rx(pi*-0.004279296128) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175080060379) q[0];
rx(pi*0.000689143112) q[1];
rx(pi*-0.000183496356) q[2];
rx(pi*-0.0053048099) q[3];
rx(pi*-0.005179963884) q[4];
rx(pi*-0.002294411138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
