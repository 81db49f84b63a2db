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
rx(pi*0.102537892378) q[0];
rx(pi*-0.001802052031) q[1];
rx(pi*0.001656674093) q[2];
rx(pi*-0.004768086283) q[3];
rx(pi*0.000734898636) q[4];
rx(pi*0.003335320999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105001570071) q[0];
rx(pi*0.002655433771) q[1];
rx(pi*0.000819906032) q[2];
rx(pi*-5.57721e-06) q[3];
rx(pi*-0.000498849084) q[4];
rx(pi*0.004976047164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091210943818) q[0];
rx(pi*-0.002887975329) q[1];
rx(pi*0.005625312377) q[2];
rx(pi*0.007137197873) q[3];
rx(pi*-0.005028758793) q[4];
rx(pi*0.002989428836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.1041414785) q[0];
rx(pi*0.001035817531) q[1];
rx(pi*-0.003235371379) q[2];
rx(pi*0.000472611812) q[3];
rx(pi*-0.001009175272) q[4];
rx(pi*0.002613528011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095130865274) q[0];
rx(pi*0.006132383961) q[1];
rx(pi*-0.001999606804) q[2];
rx(pi*0.005110533114) q[3];
rx(pi*0.002882942511) q[4];
rx(pi*0.003632910918) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
