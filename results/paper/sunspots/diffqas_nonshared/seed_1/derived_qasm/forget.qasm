// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.008334437542) q[0];
ry(pi*-0.00205631027) q[1];
ry(pi*-0.000339284311) q[2];
ry(pi*0.480410689865) q[3];
ry(pi*0.002718393352) q[4];
ry(pi*-0.046257214251) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004462484529) q[0];
ry(pi*0.001163327365) q[1];
ry(pi*0.352722731843) q[2];
ry(pi*-0.352415335385) q[3];
ry(pi*-0.003533483345) q[4];
ry(pi*0.001679633193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065291329298) q[0];
ry(pi*-0.307681903135) q[1];
ry(pi*-0.504634752612) q[2];
ry(pi*0.34777198306) q[3];
ry(pi*-0.501318809606) q[4];
ry(pi*0.475748592465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.843549915538) q[0];
ry(pi*0.456068464845) q[1];
ry(pi*0.454733618208) q[2];
ry(pi*-0.521700701217) q[3];
ry(pi*-0.500590104313) q[4];
ry(pi*0.505099091639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00211626015) q[0];
ry(pi*0.486736773128) q[1];
ry(pi*0.011165542652) q[2];
ry(pi*0.500120642644) q[3];
ry(pi*0.4449626152) q[4];
ry(pi*0.001324845034) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
