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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003254477825) q[0];
ry(pi*-0.068023352791) q[1];
ry(pi*0.179418141194) q[2];
ry(pi*0.49941527383) q[3];
ry(pi*-0.006080589545) q[4];
ry(pi*0.000170309574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.500247684162) q[0];
ry(pi*0.132307537494) q[1];
ry(pi*-0.00536730376) q[2];
ry(pi*9.01851e-07) q[3];
ry(pi*-0.002262277381) q[4];
ry(pi*0.000136403828) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033726368959) q[0];
ry(pi*-0.010230212279) q[1];
ry(pi*-0.028626793199) q[2];
ry(pi*-0.116377819316) q[3];
ry(pi*2.0740604e-05) q[4];
ry(pi*0.000546773726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00093902502) q[0];
ry(pi*-0.00059170638) q[1];
ry(pi*0.115015073254) q[2];
ry(pi*-0.025695297352) q[3];
ry(pi*-0.377691133427) q[4];
ry(pi*-2.700844e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002619326557) q[0];
ry(pi*0.058083886013) q[1];
ry(pi*0.293971341877) q[2];
ry(pi*0.080472596296) q[3];
ry(pi*0.117169903073) q[4];
ry(pi*0.002231032675) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
