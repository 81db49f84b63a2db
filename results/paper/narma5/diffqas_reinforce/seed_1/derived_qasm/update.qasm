// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000736204198) q[0];
ry(pi*-0.002397072676) q[1];
ry(pi*-0.000192772807) q[2];
ry(pi*-0.009872885477) q[3];
ry(pi*-0.02857263312) q[4];
ry(pi*0.002281684279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00132220886) q[0];
ry(pi*-0.012364946401) q[1];
ry(pi*-0.010629947914) q[2];
ry(pi*-0.497255492123) q[3];
ry(pi*-0.002210857084) q[4];
ry(pi*-0.002304713933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038619279321) q[0];
ry(pi*-0.006647534971) q[1];
ry(pi*-0.011232712108) q[2];
ry(pi*-0.002001589456) q[3];
ry(pi*0.000504826574) q[4];
ry(pi*0.013428447172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004172909706) q[0];
ry(pi*0.237574697574) q[1];
ry(pi*-0.000535361433) q[2];
ry(pi*0.245715486209) q[3];
ry(pi*-0.501773965823) q[4];
ry(pi*0.041788264166) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000865961339) q[0];
ry(pi*0.01899392721) q[1];
ry(pi*-0.012217494949) q[2];
ry(pi*-0.000883186371) q[3];
ry(pi*-0.000238325874) q[4];
ry(pi*-0.004626043547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
