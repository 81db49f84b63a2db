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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.008023577964) q[0];
ry(pi*-3.74932e-05) q[1];
ry(pi*-0.060043657013) q[2];
ry(pi*-0.500460368664) q[3];
ry(pi*3.2638555e-05) q[4];
ry(pi*0.499300071306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001327051654) q[0];
ry(pi*0.502923676388) q[1];
ry(pi*-0.353536207373) q[2];
ry(pi*-0.373247260571) q[3];
ry(pi*-0.000167537237) q[4];
ry(pi*0.000563426536) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498737187827) q[0];
ry(pi*0.498075608115) q[1];
ry(pi*-0.004251083948) q[2];
ry(pi*0.496635576565) q[3];
ry(pi*-0.407792877519) q[4];
ry(pi*0.532494449163) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000459525878) q[0];
ry(pi*2.100323e-05) q[1];
ry(pi*0.005152078096) q[2];
ry(pi*0.519717138391) q[3];
ry(pi*-0.542165845245) q[4];
ry(pi*0.484690031053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502842169464) q[0];
ry(pi*0.500067481005) q[1];
ry(pi*-0.006944565194) q[2];
ry(pi*-0.49819931043) q[3];
ry(pi*0.074742442294) q[4];
ry(pi*0.002989613227) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
