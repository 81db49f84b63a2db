// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015342567369) q[0];
ry(pi*-0.014743287046) q[1];
ry(pi*0.015634727525) q[2];
ry(pi*-0.249515480926) q[3];
ry(pi*0.018610404973) q[4];
ry(pi*0.000815691636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012172890019) q[0];
ry(pi*0.012905082741) q[1];
ry(pi*-0.002449685291) q[2];
ry(pi*0.006451030665) q[3];
ry(pi*0.001036006073) q[4];
ry(pi*0.002378556164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007412383941) q[0];
ry(pi*-0.012840638246) q[1];
ry(pi*0.006680801905) q[2];
ry(pi*0.010112028662) q[3];
ry(pi*0.002475783492) q[4];
ry(pi*0.002659359648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001502775316) q[0];
ry(pi*0.013022164753) q[1];
ry(pi*0.003294997389) q[2];
ry(pi*0.00117570108) q[3];
ry(pi*-0.101803618583) q[4];
ry(pi*0.001053675852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003480840195) q[0];
ry(pi*-0.011022050576) q[1];
ry(pi*0.01548285068) q[2];
ry(pi*-0.207730831069) q[3];
ry(pi*-0.306060700817) q[4];
ry(pi*-0.002454335541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
