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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.092419953706) q[0];
ry(pi*0.002034698828) q[1];
ry(pi*0.007594739913) q[2];
ry(pi*0.005510813623) q[3];
ry(pi*-0.016765458228) q[4];
ry(pi*0.00079303069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096027906271) q[0];
ry(pi*-0.001330459337) q[1];
ry(pi*-0.002016860591) q[2];
ry(pi*0.006852550925) q[3];
ry(pi*0.000257775052) q[4];
ry(pi*0.005347452929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.097895583554) q[0];
ry(pi*-0.005070657735) q[1];
ry(pi*0.026453306054) q[2];
ry(pi*0.000618898812) q[3];
ry(pi*-0.003402600141) q[4];
ry(pi*0.004579482645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111084242468) q[0];
ry(pi*0.003034447016) q[1];
ry(pi*0.011928190191) q[2];
ry(pi*-0.007256532305) q[3];
ry(pi*-0.031137686946) q[4];
ry(pi*0.004610108514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.102991350534) q[0];
ry(pi*7.0621088e-05) q[1];
ry(pi*0.000814726101) q[2];
ry(pi*-0.005571527602) q[3];
ry(pi*0.039957996398) q[4];
ry(pi*-0.002454336134) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
