// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002789256565) q[0];
rx(pi*0.000816334041) q[1];
rx(pi*-0.000301914538) q[2];
rx(pi*-0.000823998068) q[3];
rx(pi*0.003360596553) q[4];
rx(pi*-0.007164820415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000441430212) q[0];
rx(pi*0.000105099758) q[1];
rx(pi*-0.004537009185) q[2];
rx(pi*0.001059271479) q[3];
rx(pi*-0.002073161331) q[4];
rx(pi*0.002745317757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000399891086) q[0];
rx(pi*0.002130042814) q[1];
rx(pi*0.003879588655) q[2];
rx(pi*0.001218954424) q[3];
rx(pi*-0.002787631431) q[4];
rx(pi*-0.004820311736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005581120697) q[0];
rx(pi*-0.000354327069) q[1];
rx(pi*-0.002191849356) q[2];
rx(pi*0.000459112961) q[3];
rx(pi*-0.000609219227) q[4];
rx(pi*0.002712457254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000108006405) q[0];
rx(pi*4.3778879e-05) q[1];
rx(pi*-0.002274556158) q[2];
rx(pi*0.001494575235) q[3];
rx(pi*-0.003290916469) q[4];
rx(pi*0.002119605135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
