// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.102466725602) q[0];
ry(pi*-0.089843236382) q[1];
ry(pi*0.000519110163) q[2];
ry(pi*-0.002238568413) q[3];
ry(pi*-0.002318582864) q[4];
ry(pi*0.000345872412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128975420221) q[0];
ry(pi*-0.077067704306) q[1];
ry(pi*1.8143267e-05) q[2];
ry(pi*-0.013374487491) q[3];
ry(pi*-0.002277253104) q[4];
ry(pi*0.002790967077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118283574904) q[0];
ry(pi*-0.104737403018) q[1];
ry(pi*-0.02052770192) q[2];
ry(pi*-0.00968035952) q[3];
ry(pi*0.002979005386) q[4];
ry(pi*0.000611569735) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.144990098363) q[0];
ry(pi*-0.091897861635) q[1];
ry(pi*-0.03795139117) q[2];
ry(pi*-0.005495508545) q[3];
ry(pi*-0.021127672378) q[4];
ry(pi*-0.004342416681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093251330023) q[0];
ry(pi*-0.112135750091) q[1];
ry(pi*0.006675697643) q[2];
ry(pi*0.000487768184) q[3];
ry(pi*0.040258382426) q[4];
ry(pi*-0.006619062212) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
