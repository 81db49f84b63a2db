// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.074909966913) q[0];
rx(pi*-0.090611879309) q[1];
rx(pi*-0.002683634982) q[2];
rx(pi*0.001128033311) q[3];
rx(pi*0.000648687582) q[4];
rx(pi*0.00378698297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.210348083668) q[0];
rx(pi*-0.093898234315) q[1];
rx(pi*0.001225325784) q[2];
rx(pi*0.004406837756) q[3];
rx(pi*0.007293919883) q[4];
rx(pi*-0.005344833504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003060828918) q[0];
rx(pi*-0.086908304096) q[1];
rx(pi*-0.004077249705) q[2];
rx(pi*-0.002534268172) q[3];
rx(pi*0.002170695631) q[4];
rx(pi*0.0032416395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.206398261162) q[0];
rx(pi*-0.089685297744) q[1];
rx(pi*4.0008504e-05) q[2];
rx(pi*0.006845982204) q[3];
rx(pi*0.000528852817) q[4];
rx(pi*0.003152080423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020416592767) q[0];
rx(pi*-0.091778674834) q[1];
rx(pi*-0.000648366453) q[2];
rx(pi*0.004917190143) q[3];
rx(pi*0.002369789124) q[4];
rx(pi*-0.002392905638) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
