// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.379500488484) q[0];
ry(pi*0.864913608897) q[1];
ry(pi*1.872999973574) q[2];
ry(pi*0.661482571638) q[3];
ry(pi*1.153906274106) q[4];
ry(pi*0.715758214532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.222665172498) q[0];
ry(pi*1.022049623961) q[1];
ry(pi*0.121944907295) q[2];
ry(pi*0.096541830574) q[3];
ry(pi*0.884671524782) q[4];
ry(pi*0.655365378327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.646107615971) q[0];
ry(pi*0.953544116733) q[1];
ry(pi*0.679710373367) q[2];
ry(pi*0.512635901824) q[3];
ry(pi*1.779676366868) q[4];
ry(pi*1.578470377568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.135180172132) q[0];
ry(pi*0.260058560929) q[1];
ry(pi*1.085023816327) q[2];
ry(pi*0.120257376251) q[3];
ry(pi*0.244212465136) q[4];
ry(pi*0.756202648465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.128036326128) q[0];
ry(pi*0.126929882915) q[1];
ry(pi*1.084308164284) q[2];
ry(pi*1.596491907584) q[3];
ry(pi*0.472592286158) q[4];
ry(pi*1.672886966323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
