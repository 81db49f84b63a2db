// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.119352300295) q[0];
ry(pi*0.007679478133) q[1];
ry(pi*-0.110471517581) q[2];
ry(pi*-0.110037297791) q[3];
ry(pi*-0.096279703092) q[4];
ry(pi*-0.132367832886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.053751079622) q[0];
ry(pi*0.195673915527) q[1];
ry(pi*-0.459876978326) q[2];
ry(pi*0.114755952952) q[3];
ry(pi*0.125224024197) q[4];
ry(pi*0.062086353151) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036419597926) q[0];
ry(pi*0.066566482928) q[1];
ry(pi*0.131934723002) q[2];
ry(pi*0.072239823037) q[3];
ry(pi*-0.018120354316) q[4];
ry(pi*-0.083983512743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004408172074) q[0];
ry(pi*0.199063510739) q[1];
ry(pi*-0.175430145519) q[2];
ry(pi*-0.347934237998) q[3];
ry(pi*0.470455916822) q[4];
ry(pi*-0.609920942357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.067376439013) q[0];
ry(pi*-0.396897018246) q[1];
ry(pi*0.019673854755) q[2];
ry(pi*0.054724044813) q[3];
ry(pi*0.165095158613) q[4];
ry(pi*0.000774071505) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
