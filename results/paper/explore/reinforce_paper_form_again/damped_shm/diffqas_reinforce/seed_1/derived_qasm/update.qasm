// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.016417582227) q[0];
ry(pi*0.267425451186) q[1];
ry(pi*0.017766652495) q[2];
ry(pi*-0.000664371226) q[3];
ry(pi*-0.006158071282) q[4];
ry(pi*-0.007531598609) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013375640086) q[0];
ry(pi*-0.423200759758) q[1];
ry(pi*-0.048444188649) q[2];
ry(pi*-0.505668160233) q[3];
ry(pi*-0.072175476963) q[4];
ry(pi*-0.013348771118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.226480952542) q[0];
ry(pi*-0.477339685032) q[1];
ry(pi*0.007483027782) q[2];
ry(pi*-0.000526140492) q[3];
ry(pi*0.326214767674) q[4];
ry(pi*-0.001868678985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111605347956) q[0];
ry(pi*-0.005950997378) q[1];
ry(pi*-0.141995050926) q[2];
ry(pi*-0.000788193529) q[3];
ry(pi*-0.009715767411) q[4];
ry(pi*-0.457100544374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032232608959) q[0];
ry(pi*0.001662307072) q[1];
ry(pi*0.007854722289) q[2];
ry(pi*-0.061711299874) q[3];
ry(pi*0.278663958283) q[4];
ry(pi*-0.004625542548) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
