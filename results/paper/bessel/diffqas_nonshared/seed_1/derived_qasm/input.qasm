// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.216833708767) q[0];
ry(pi*-0.154986336346) q[1];
ry(pi*-0.102996264476) q[2];
ry(pi*-0.098397298894) q[3];
ry(pi*-0.130556637473) q[4];
ry(pi*-4.0162236e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.195103253222) q[0];
ry(pi*-0.203829370096) q[1];
ry(pi*-0.167132053833) q[2];
ry(pi*-0.05282320791) q[3];
ry(pi*-0.036989740852) q[4];
ry(pi*-1.1568143e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118214988421) q[0];
ry(pi*-0.095887963284) q[1];
ry(pi*-0.090697133351) q[2];
ry(pi*-0.139830791651) q[3];
ry(pi*-0.121086238679) q[4];
ry(pi*7.6573403e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00477270763) q[0];
ry(pi*-0.056504978693) q[1];
ry(pi*-0.094348030731) q[2];
ry(pi*-0.138722479622) q[3];
ry(pi*-0.103217923087) q[4];
ry(pi*5.80223e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.04275798976) q[0];
ry(pi*-0.117277914926) q[1];
ry(pi*-0.153282223121) q[2];
ry(pi*-0.177563137706) q[3];
ry(pi*-0.19939813309) q[4];
ry(pi*0.001376594093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
