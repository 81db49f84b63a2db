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
rx(pi*0.000353168434) q[0];
rx(pi*-0.000432843451) q[1];
rx(pi*0.002426719966) q[2];
rx(pi*8.8384249e-05) q[3];
rx(pi*-0.009337877708) q[4];
rx(pi*0.004957320469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003160279615) q[0];
rx(pi*-0.000473491043) q[1];
rx(pi*-0.001181729522) q[2];
rx(pi*0.000719395233) q[3];
rx(pi*-0.004088467342) q[4];
rx(pi*0.000975319516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000912352524) q[0];
rx(pi*-0.001198453555) q[1];
rx(pi*-0.002941649825) q[2];
rx(pi*-0.00216210157) q[3];
rx(pi*0.003521338711) q[4];
rx(pi*0.004249503874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001457651155) q[0];
rx(pi*-0.000226449063) q[1];
rx(pi*-0.002790810848) q[2];
rx(pi*0.002282671751) q[3];
rx(pi*0.005127680921) q[4];
rx(pi*-0.005139125638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003551118514) q[0];
rx(pi*-0.006975940189) q[1];
rx(pi*-0.00108551442) q[2];
rx(pi*0.001222326163) q[3];
rx(pi*-0.004345001125) q[4];
rx(pi*-0.004828731486) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
