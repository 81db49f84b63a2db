// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.000615335567) q[0];
rx(pi*0.004382740291) q[1];
rx(pi*0.004600712854) q[2];
rx(pi*0.002902927929) q[3];
rx(pi*0.003188376179) q[4];
rx(pi*-0.000174852769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003777844924) q[0];
rx(pi*0.006961744424) q[1];
rx(pi*-0.003047799977) q[2];
rx(pi*0.00709387301) q[3];
rx(pi*-0.000404549414) q[4];
rx(pi*0.000737881581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000608029539) q[0];
rx(pi*0.003049812274) q[1];
rx(pi*-0.001617235679) q[2];
rx(pi*0.00586490142) q[3];
rx(pi*0.001703089141) q[4];
rx(pi*0.000555851259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001884474538) q[0];
rx(pi*0.0008930522) q[1];
rx(pi*-1.0226218e-05) q[2];
rx(pi*0.006045702813) q[3];
rx(pi*0.002979788309) q[4];
rx(pi*-0.004965585176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004797614697) q[0];
rx(pi*-0.007554104438) q[1];
rx(pi*0.004904670205) q[2];
rx(pi*-0.006005445606) q[3];
rx(pi*2.485018e-06) q[4];
rx(pi*0.00258580023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
