// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-2.6616556e-05) q[0];
ry(pi*-0.00018738538) q[1];
ry(pi*-0.003560395595) q[2];
ry(pi*0.002835436826) q[3];
ry(pi*-0.001264597963) q[4];
ry(pi*0.00383975211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.6005449e-05) q[0];
ry(pi*-1.8231732e-05) q[1];
ry(pi*-2.2326116e-05) q[2];
ry(pi*4.980353e-06) q[3];
ry(pi*-0.418642708907) q[4];
ry(pi*0.003893732542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.3912791e-05) q[0];
ry(pi*0.000114337189) q[1];
ry(pi*0.004600104243) q[2];
ry(pi*0.000214351046) q[3];
ry(pi*0.003532901119) q[4];
ry(pi*0.001404835621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001746732242) q[0];
ry(pi*-0.000196260513) q[1];
ry(pi*-0.012052928893) q[2];
ry(pi*0.000140048226) q[3];
ry(pi*0.418717803042) q[4];
ry(pi*0.014733278922) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00014329114) q[0];
ry(pi*1.582768e-06) q[1];
ry(pi*0.005145546134) q[2];
ry(pi*-0.002990972447) q[3];
ry(pi*-0.004526717655) q[4];
ry(pi*0.011409663811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
