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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.193820145268) q[0];
ry(pi*0.177915651358) q[1];
ry(pi*-0.052210345471) q[2];
ry(pi*0.12321728616) q[3];
ry(pi*-0.093632416633) q[4];
ry(pi*-0.084102860812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.044511797354) q[0];
ry(pi*-0.141301246002) q[1];
ry(pi*0.268313489614) q[2];
ry(pi*0.085329316142) q[3];
ry(pi*-0.084296060302) q[4];
ry(pi*0.013593459087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.24607310353) q[0];
ry(pi*0.086129083862) q[1];
ry(pi*-0.177614458988) q[2];
ry(pi*0.130920563233) q[3];
ry(pi*0.127855544302) q[4];
ry(pi*0.030822082403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066234289088) q[0];
ry(pi*-0.111403259734) q[1];
ry(pi*0.016393920839) q[2];
ry(pi*0.348253018105) q[3];
ry(pi*-0.225016161556) q[4];
ry(pi*0.049364618301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045980017664) q[0];
ry(pi*0.040157959673) q[1];
ry(pi*0.160566287847) q[2];
ry(pi*-0.203808158564) q[3];
ry(pi*0.149093628585) q[4];
ry(pi*-0.009231800483) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
