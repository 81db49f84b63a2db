// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.077130764976) q[0];
rx(pi*0.079115418735) q[1];
rx(pi*-0.000523486346) q[2];
rx(pi*-0.000334674563) q[3];
rx(pi*0.002068562514) q[4];
rx(pi*-0.003393964577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.137047385214) q[0];
rx(pi*0.072023443592) q[1];
rx(pi*0.003860474797) q[2];
rx(pi*0.000235173211) q[3];
rx(pi*0.00480673466) q[4];
rx(pi*-2.8545576e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072406546057) q[0];
rx(pi*0.081262744833) q[1];
rx(pi*-0.000198759802) q[2];
rx(pi*-0.003992112464) q[3];
rx(pi*-0.002816826043) q[4];
rx(pi*0.00562391373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143083194925) q[0];
rx(pi*0.081096496131) q[1];
rx(pi*-0.000835223116) q[2];
rx(pi*-0.002195369245) q[3];
rx(pi*0.002838221669) q[4];
rx(pi*-0.00033307648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072651968035) q[0];
rx(pi*0.079314770138) q[1];
rx(pi*-0.002837609205) q[2];
rx(pi*0.000604992566) q[3];
rx(pi*0.003594515117) q[4];
rx(pi*-0.002661320363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
