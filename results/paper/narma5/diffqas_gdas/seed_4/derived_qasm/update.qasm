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
rx(pi*-0.007146805791) q[0];
rx(pi*0.097348447456) q[1];
rx(pi*-0.001455457876) q[2];
rx(pi*0.000858005681) q[3];
rx(pi*0.003043432687) q[4];
rx(pi*0.004138746902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.243975780109) q[0];
rx(pi*0.101113152863) q[1];
rx(pi*0.001392986547) q[2];
rx(pi*-0.003818372195) q[3];
rx(pi*0.00280627512) q[4];
rx(pi*0.002922837456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005122849985) q[0];
rx(pi*0.098308477976) q[1];
rx(pi*0.001938735263) q[2];
rx(pi*0.003820302376) q[3];
rx(pi*-0.002025139379) q[4];
rx(pi*-0.00153447937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.239183226096) q[0];
rx(pi*0.102094622587) q[1];
rx(pi*-0.000463507895) q[2];
rx(pi*-0.002261431167) q[3];
rx(pi*-0.003193771554) q[4];
rx(pi*-0.003972708976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006164036433) q[0];
rx(pi*0.10113149951) q[1];
rx(pi*0.00343002673) q[2];
rx(pi*-0.00312029277) q[3];
rx(pi*-0.003026423322) q[4];
rx(pi*-0.002987512885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
