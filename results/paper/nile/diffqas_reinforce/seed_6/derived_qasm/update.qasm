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
rx(pi*-0.00501940345) q[0];
rx(pi*0.001348559635) q[1];
rx(pi*-0.000544960198) q[2];
rx(pi*-0.00156288602) q[3];
rx(pi*-0.001987836586) q[4];
rx(pi*-0.001189820362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004633470785) q[0];
rx(pi*-0.001960072193) q[1];
rx(pi*-0.003452965375) q[2];
rx(pi*0.006375225645) q[3];
rx(pi*-0.001455009052) q[4];
rx(pi*0.001247231377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006980571911) q[0];
rx(pi*-0.000689686874) q[1];
rx(pi*0.003334919904) q[2];
rx(pi*-0.000802112485) q[3];
rx(pi*0.007833519057) q[4];
rx(pi*0.001739000254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006499849917) q[0];
rx(pi*0.001654134709) q[1];
rx(pi*0.002364741039) q[2];
rx(pi*-0.001077163447) q[3];
rx(pi*0.003179953465) q[4];
rx(pi*0.003132995025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006749678315) q[0];
rx(pi*-0.000361768907) q[1];
rx(pi*-0.001693855787) q[2];
rx(pi*0.001248592227) q[3];
rx(pi*-0.000783589969) q[4];
rx(pi*-0.003096123269) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
