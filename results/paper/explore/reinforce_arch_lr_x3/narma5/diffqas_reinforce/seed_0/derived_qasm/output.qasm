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
rx(pi*0.095063720719) q[0];
rx(pi*0.006247840245) q[1];
rx(pi*-0.002251187069) q[2];
rx(pi*0.000452431034) q[3];
rx(pi*-0.003924015715) q[4];
rx(pi*-0.001514653294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102170987897) q[0];
rx(pi*0.005084352501) q[1];
rx(pi*-0.003010230379) q[2];
rx(pi*0.000328524651) q[3];
rx(pi*-0.000673991817) q[4];
rx(pi*0.001973558259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103275590754) q[0];
rx(pi*0.004354756971) q[1];
rx(pi*0.002320158639) q[2];
rx(pi*0.004928165285) q[3];
rx(pi*-0.001915319631) q[4];
rx(pi*0.000990388546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102263764633) q[0];
rx(pi*0.001391761471) q[1];
rx(pi*0.001616637297) q[2];
rx(pi*0.00356847176) q[3];
rx(pi*0.001582524) q[4];
rx(pi*-0.0029475127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096741651553) q[0];
rx(pi*-0.002075659656) q[1];
rx(pi*-0.006204965393) q[2];
rx(pi*0.007015640664) q[3];
rx(pi*0.007657336936) q[4];
rx(pi*-0.000664307267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
