// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012795511565) q[0];
ry(pi*0.089063930771) q[1];
ry(pi*0.037966502964) q[2];
ry(pi*-0.090732811603) q[3];
ry(pi*-0.012386306157) q[4];
ry(pi*-0.00095239473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.135026284807) q[0];
ry(pi*0.23080283063) q[1];
ry(pi*-0.007701603914) q[2];
ry(pi*-0.136527010177) q[3];
ry(pi*-0.002763649285) q[4];
ry(pi*-0.001099837511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.163359531654) q[0];
ry(pi*0.182291355132) q[1];
ry(pi*0.210111626313) q[2];
ry(pi*-0.048842274841) q[3];
ry(pi*-0.084464737516) q[4];
ry(pi*0.007744055437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.083236707448) q[0];
ry(pi*0.046232857987) q[1];
ry(pi*-0.300514055974) q[2];
ry(pi*-0.052171645808) q[3];
ry(pi*-0.274460375276) q[4];
ry(pi*-0.493122203147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086009327878) q[0];
ry(pi*0.222553859387) q[1];
ry(pi*0.02746908325) q[2];
ry(pi*-0.006568863879) q[3];
ry(pi*0.024876891279) q[4];
ry(pi*-0.001418009378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
