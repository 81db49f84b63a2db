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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102118755922) q[0];
rx(pi*-0.00240548205) q[1];
rx(pi*0.001656357485) q[2];
rx(pi*-0.004742854011) q[3];
rx(pi*0.000724050967) q[4];
rx(pi*0.003335295208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104865829547) q[0];
rx(pi*0.00208635243) q[1];
rx(pi*0.000810817419) q[2];
rx(pi*1.0786671e-05) q[3];
rx(pi*-0.000509978565) q[4];
rx(pi*0.004976044792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09165363494) q[0];
rx(pi*-0.003492152696) q[1];
rx(pi*0.005614194347) q[2];
rx(pi*0.007161275475) q[3];
rx(pi*-0.00503962247) q[4];
rx(pi*0.002989425575) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103787200382) q[0];
rx(pi*0.000439917358) q[1];
rx(pi*-0.003244307246) q[2];
rx(pi*0.000487984518) q[3];
rx(pi*-0.001020327172) q[4];
rx(pi*0.002613530087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095100451959) q[0];
rx(pi*0.005536409046) q[1];
rx(pi*-0.001999983739) q[2];
rx(pi*0.005135835052) q[3];
rx(pi*0.002872085949) q[4];
rx(pi*0.003632908843) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
