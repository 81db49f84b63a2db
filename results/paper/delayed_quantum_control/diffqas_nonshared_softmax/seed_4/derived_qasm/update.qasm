// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000863035979) q[0];
ry(pi*0.004308416924) q[1];
ry(pi*0.003542101419) q[2];
ry(pi*0.251182066056) q[3];
ry(pi*-0.28984101265) q[4];
ry(pi*-0.001196202394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.495688494946) q[0];
ry(pi*0.004269840881) q[1];
ry(pi*-0.510665278412) q[2];
ry(pi*-0.250681470109) q[3];
ry(pi*-0.499269866691) q[4];
ry(pi*-0.500193953341) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0011610035) q[0];
ry(pi*-0.539580087408) q[1];
ry(pi*-0.322810487555) q[2];
ry(pi*0.166745749717) q[3];
ry(pi*-0.000155255717) q[4];
ry(pi*-0.501638007113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001257584865) q[0];
ry(pi*-0.000117279364) q[1];
ry(pi*0.496660886211) q[2];
ry(pi*0.515743334332) q[3];
ry(pi*-0.414981689566) q[4];
ry(pi*-0.154572056914) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.235843680992) q[0];
ry(pi*0.000107279327) q[1];
ry(pi*-0.033185351572) q[2];
ry(pi*0.017601710541) q[3];
ry(pi*0.669893494255) q[4];
ry(pi*-0.001464307329) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
