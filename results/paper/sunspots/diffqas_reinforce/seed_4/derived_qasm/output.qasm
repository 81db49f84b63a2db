// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.102650884577) q[0];
ry(pi*-0.258053539925) q[1];
ry(pi*-0.31463752114) q[2];
ry(pi*-0.170907668569) q[3];
ry(pi*0.00235343002) q[4];
ry(pi*-0.000466056431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067019642263) q[0];
ry(pi*-0.151991744254) q[1];
ry(pi*-0.220259352199) q[2];
ry(pi*0.150813157168) q[3];
ry(pi*-0.011121100177) q[4];
ry(pi*-0.00017662837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03428248391) q[0];
ry(pi*-0.112837608946) q[1];
ry(pi*0.154163602115) q[2];
ry(pi*-0.082403794338) q[3];
ry(pi*-0.012252510341) q[4];
ry(pi*0.000288521557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007339719503) q[0];
ry(pi*0.016444870967) q[1];
ry(pi*0.167720986894) q[2];
ry(pi*-0.043062663629) q[3];
ry(pi*-0.007476764403) q[4];
ry(pi*-0.003567086156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.086491045942) q[0];
ry(pi*-0.131046067959) q[1];
ry(pi*-0.325197448943) q[2];
ry(pi*-0.404880257184) q[3];
ry(pi*-0.066762457182) q[4];
ry(pi*0.003535334077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
