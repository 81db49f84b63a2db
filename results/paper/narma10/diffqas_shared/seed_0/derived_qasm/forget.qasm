// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.069146126797) q[0];
rx(pi*0.003326204594) q[1];
rx(pi*-0.00078089117) q[2];
rx(pi*0.001379489364) q[3];
rx(pi*4.8732276e-05) q[4];
rx(pi*0.00318419921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070882820974) q[0];
rx(pi*0.002761514258) q[1];
rx(pi*-0.006546606475) q[2];
rx(pi*-0.002015387239) q[3];
rx(pi*-0.000561845721) q[4];
rx(pi*-0.001679692631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067012916424) q[0];
rx(pi*-0.002033938436) q[1];
rx(pi*0.002714046815) q[2];
rx(pi*0.00406451158) q[3];
rx(pi*0.002318993001) q[4];
rx(pi*0.001978511925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.069348807918) q[0];
rx(pi*-0.000588653324) q[1];
rx(pi*-7.2311385e-05) q[2];
rx(pi*-0.007672059789) q[3];
rx(pi*-0.003027545086) q[4];
rx(pi*-0.008515840133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.071688996739) q[0];
rx(pi*-0.005076137894) q[1];
rx(pi*0.003520715279) q[2];
rx(pi*-0.002354425645) q[3];
rx(pi*0.002300246296) q[4];
rx(pi*-0.002086495615) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
