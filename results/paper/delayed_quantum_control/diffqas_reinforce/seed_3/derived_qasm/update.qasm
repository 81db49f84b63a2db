// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.001886147549) q[0];
ry(pi*0.001090705986) q[1];
ry(pi*-0.001724192025) q[2];
ry(pi*-0.00025293652) q[3];
ry(pi*0.001428144975) q[4];
ry(pi*0.00248820738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000763911747) q[0];
ry(pi*-0.500456839733) q[1];
ry(pi*-0.000451478172) q[2];
ry(pi*0.506705893641) q[3];
ry(pi*-0.00858577546) q[4];
ry(pi*-0.50389659889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00115668216) q[0];
ry(pi*9.7897905e-05) q[1];
ry(pi*-0.002868552868) q[2];
ry(pi*0.134445282354) q[3];
ry(pi*0.000323512733) q[4];
ry(pi*0.000393631339) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001302357733) q[0];
ry(pi*-0.002591374957) q[1];
ry(pi*-0.006646442259) q[2];
ry(pi*-0.002400121804) q[3];
ry(pi*-0.000157701775) q[4];
ry(pi*0.500444659229) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013161794689) q[0];
ry(pi*0.056455051908) q[1];
ry(pi*0.506722627604) q[2];
ry(pi*3.449334e-05) q[3];
ry(pi*0.001969763858) q[4];
ry(pi*-0.000679896344) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
