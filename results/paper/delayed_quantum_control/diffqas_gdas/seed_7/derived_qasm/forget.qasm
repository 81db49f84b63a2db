// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.663e-09) q[0];
ry(pi*-1.014876407513) q[1];
ry(pi*-1.1442e-08) q[2];
ry(pi*-0.003697602356) q[3];
ry(pi*-1.44714e-07) q[4];
ry(pi*-0.005848848104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001157396899) q[0];
ry(pi*2.0503e-08) q[1];
ry(pi*0.500682235975) q[2];
ry(pi*2.4438979e-05) q[3];
ry(pi*1.865e-09) q[4];
ry(pi*-1.2876e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500000013914) q[0];
ry(pi*2.16019e-07) q[1];
ry(pi*2.14072e-07) q[2];
ry(pi*-0.500000013914) q[3];
ry(pi*0.500346494232) q[4];
ry(pi*-0.500000013914) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.138e-09) q[0];
ry(pi*-0.500000013914) q[1];
ry(pi*1.11e-10) q[2];
ry(pi*-1.194e-09) q[3];
ry(pi*1.6339e-08) q[4];
ry(pi*1.255041e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.428e-09) q[0];
ry(pi*-0.003984049343) q[1];
ry(pi*-0.62199409857) q[2];
ry(pi*0.00542269944) q[3];
ry(pi*2.9e-11) q[4];
ry(pi*-9.8346877e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
