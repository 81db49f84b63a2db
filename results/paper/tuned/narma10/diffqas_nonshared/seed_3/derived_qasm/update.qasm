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
rx(pi*-0.082391433593) q[0];
rx(pi*0.028239388664) q[1];
rx(pi*-0.005376352574) q[2];
rx(pi*0.003101744241) q[3];
rx(pi*-0.005714007601) q[4];
rx(pi*0.000500532693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.081249321614) q[0];
rx(pi*0.030890151879) q[1];
rx(pi*0.002690378312) q[2];
rx(pi*0.001769334565) q[3];
rx(pi*0.001484222933) q[4];
rx(pi*-0.002339867174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082619078106) q[0];
rx(pi*0.034945261277) q[1];
rx(pi*0.005667396303) q[2];
rx(pi*0.004029455278) q[3];
rx(pi*0.001433420881) q[4];
rx(pi*-0.004394086884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082909863924) q[0];
rx(pi*0.030583476385) q[1];
rx(pi*0.000303210651) q[2];
rx(pi*0.002424415815) q[3];
rx(pi*0.00300963837) q[4];
rx(pi*0.001716536076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082322676355) q[0];
rx(pi*0.032644213234) q[1];
rx(pi*0.004181763754) q[2];
rx(pi*-0.000852928173) q[3];
rx(pi*5.4535403e-05) q[4];
rx(pi*0.004261389411) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
