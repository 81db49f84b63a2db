// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.082620529521) q[0];
ry(pi*-0.105081815307) q[1];
ry(pi*0.148400260034) q[2];
ry(pi*-0.046007608783) q[3];
ry(pi*-0.011930085095) q[4];
ry(pi*0.030727764131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043802373116) q[0];
ry(pi*-0.115099938354) q[1];
ry(pi*-0.037172151963) q[2];
ry(pi*-0.097551294588) q[3];
ry(pi*0.063382974444) q[4];
ry(pi*0.071251826687) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105177637169) q[0];
ry(pi*0.059082767977) q[1];
ry(pi*0.009389950786) q[2];
ry(pi*0.011922471094) q[3];
ry(pi*0.006618809045) q[4];
ry(pi*0.051874760252) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030809593592) q[0];
ry(pi*-0.102116763784) q[1];
ry(pi*0.083450425965) q[2];
ry(pi*-0.150125110472) q[3];
ry(pi*-0.058470635988) q[4];
ry(pi*0.026720233642) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026944261475) q[0];
ry(pi*0.131315386113) q[1];
ry(pi*0.116366217481) q[2];
ry(pi*0.011000670661) q[3];
ry(pi*-0.053879468206) q[4];
ry(pi*0.00221774182) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
