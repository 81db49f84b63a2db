// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
rx(pi*0.002789138282) q[0];
rx(pi*0.000816130974) q[1];
rx(pi*-0.000302041382) q[2];
rx(pi*-0.000823878821) q[3];
rx(pi*0.003360472044) q[4];
rx(pi*-0.007164677526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000441373035) q[0];
rx(pi*0.000105240257) q[1];
rx(pi*-0.004537069957) q[2];
rx(pi*0.001059087384) q[3];
rx(pi*-0.002073079214) q[4];
rx(pi*0.002745216667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000399776657) q[0];
rx(pi*0.002130020136) q[1];
rx(pi*0.003879743401) q[2];
rx(pi*0.001218917664) q[3];
rx(pi*-0.002787587556) q[4];
rx(pi*-0.004820371619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005581154492) q[0];
rx(pi*-0.000354465066) q[1];
rx(pi*-0.002192001731) q[2];
rx(pi*0.000459146016) q[3];
rx(pi*-0.000609176687) q[4];
rx(pi*0.002712538481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000108159846) q[0];
rx(pi*4.3952783e-05) q[1];
rx(pi*-0.002274477451) q[2];
rx(pi*0.001494699447) q[3];
rx(pi*-0.003291012519) q[4];
rx(pi*0.002119621291) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
