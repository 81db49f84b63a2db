// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003800135234) q[0];
rz(pi*0.005320371111) q[1];
rz(pi*-0.000995038574) q[2];
rz(pi*0.002125520482) q[3];
rz(pi*0.001677734139) q[4];
rz(pi*0.000570033314) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001049258611) q[0];
rz(pi*-0.000115620591) q[1];
rz(pi*-0.006317887037) q[2];
rz(pi*0.000213497606) q[3];
rz(pi*-0.003533722283) q[4];
rz(pi*-0.002153051124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000332956566) q[0];
rz(pi*-0.000730896201) q[1];
rz(pi*-0.000552437795) q[2];
rz(pi*0.004813464946) q[3];
rz(pi*-0.000184034819) q[4];
rz(pi*0.002488261631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001676896077) q[0];
rz(pi*0.002934036713) q[1];
rz(pi*-0.001884603346) q[2];
rz(pi*-0.000646532915) q[3];
rz(pi*0.006254576164) q[4];
rz(pi*-0.004193812634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007680647922) q[0];
rz(pi*0.003256215314) q[1];
rz(pi*0.002759368855) q[2];
rz(pi*-0.002911912118) q[3];
rz(pi*0.001046641335) q[4];
rz(pi*-0.002949093664) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
