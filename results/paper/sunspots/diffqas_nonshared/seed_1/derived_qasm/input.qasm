// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.004498903014) q[0];
ry(pi*-0.00083474398) q[1];
ry(pi*0.001423098669) q[2];
ry(pi*0.499971592738) q[3];
ry(pi*0.001924729521) q[4];
ry(pi*-0.010198687872) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003570329607) q[0];
ry(pi*0.073396828623) q[1];
ry(pi*0.259509736257) q[2];
ry(pi*-0.26056663214) q[3];
ry(pi*0.006633275172) q[4];
ry(pi*0.495943033329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499918203426) q[0];
ry(pi*-0.50265494639) q[1];
ry(pi*0.502300042171) q[2];
ry(pi*0.498731078602) q[3];
ry(pi*-0.312608196047) q[4];
ry(pi*0.319710871819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.378552078772) q[0];
ry(pi*-0.258895265877) q[1];
ry(pi*0.259633438572) q[2];
ry(pi*0.000737362054) q[3];
ry(pi*-0.458452087029) q[4];
ry(pi*-0.060560147381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00245576917) q[0];
ry(pi*-0.499977739908) q[1];
ry(pi*0.001428569639) q[2];
ry(pi*-0.013072338184) q[3];
ry(pi*-0.00227403752) q[4];
ry(pi*-0.000999153511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
