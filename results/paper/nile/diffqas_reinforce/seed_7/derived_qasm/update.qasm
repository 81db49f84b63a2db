// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.00356231866) q[0];
rx(pi*-0.329371719054) q[1];
rx(pi*-0.184747225539) q[2];
rx(pi*0.003822215066) q[3];
rx(pi*-0.002023590877) q[4];
rx(pi*-0.000752495711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001357245744) q[0];
rx(pi*-0.000775209573) q[1];
rx(pi*-0.227307576186) q[2];
rx(pi*0.002283643511) q[3];
rx(pi*-0.003660404505) q[4];
rx(pi*0.005648674351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001854875422) q[0];
rx(pi*-0.340438864294) q[1];
rx(pi*-0.188562474345) q[2];
rx(pi*0.005925597612) q[3];
rx(pi*0.005873535799) q[4];
rx(pi*0.002493726375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001328979166) q[0];
rx(pi*0.00060629609) q[1];
rx(pi*-0.226365977691) q[2];
rx(pi*0.005338009244) q[3];
rx(pi*4.0264691e-05) q[4];
rx(pi*-0.003905960478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001473075851) q[0];
rx(pi*-0.329953613226) q[1];
rx(pi*-0.18710210401) q[2];
rx(pi*0.005929042944) q[3];
rx(pi*0.002010563566) q[4];
rx(pi*-9.9386608e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
