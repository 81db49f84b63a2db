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
rx(pi*0.095701461174) q[0];
rx(pi*-0.001200987454) q[1];
rx(pi*-0.000994144409) q[2];
rx(pi*0.000331534314) q[3];
rx(pi*-0.000947765602) q[4];
rx(pi*0.006138902878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102329932091) q[0];
rx(pi*0.003323227355) q[1];
rx(pi*0.004021208951) q[2];
rx(pi*0.001567259239) q[3];
rx(pi*-0.001978665041) q[4];
rx(pi*-0.005297900263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097957083716) q[0];
rx(pi*-0.001286456792) q[1];
rx(pi*0.003953746604) q[2];
rx(pi*-0.002965166249) q[3];
rx(pi*-0.007476862824) q[4];
rx(pi*-0.000173914155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105017118238) q[0];
rx(pi*0.000795996664) q[1];
rx(pi*0.000216510938) q[2];
rx(pi*3.6016855e-05) q[3];
rx(pi*0.005271371618) q[4];
rx(pi*0.00066471192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098382111209) q[0];
rx(pi*-0.000529882644) q[1];
rx(pi*-0.005614684674) q[2];
rx(pi*0.004048002622) q[3];
rx(pi*0.003413925982) q[4];
rx(pi*-0.003395464017) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
