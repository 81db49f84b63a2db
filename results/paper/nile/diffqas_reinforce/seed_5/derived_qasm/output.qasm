// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*0.062314619021) q[0];
ry(pi*0.012459784052) q[1];
ry(pi*0.004150019086) q[2];
ry(pi*-0.000259821978) q[3];
ry(pi*0.004802939221) q[4];
ry(pi*0.001197173487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008094599481) q[0];
ry(pi*-2.1836699e-05) q[1];
ry(pi*0.003447304382) q[2];
ry(pi*0.000141014419) q[3];
ry(pi*2.3673341e-05) q[4];
ry(pi*0.001263350802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004425402886) q[0];
ry(pi*-0.001534326254) q[1];
ry(pi*-0.000578661912) q[2];
ry(pi*-0.004266491005) q[3];
ry(pi*-0.000117369744) q[4];
ry(pi*0.003325458728) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000388255567) q[0];
ry(pi*0.003587383142) q[1];
ry(pi*2.4961785e-05) q[2];
ry(pi*-0.001744040187) q[3];
ry(pi*-0.001592745123) q[4];
ry(pi*-0.002340948324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005114902182) q[0];
ry(pi*-6.296094e-06) q[1];
ry(pi*6.7476498e-05) q[2];
ry(pi*0.003401953289) q[3];
ry(pi*-0.001034672644) q[4];
ry(pi*0.001339522826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
