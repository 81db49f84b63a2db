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
ry(pi*0.074092056503) q[0];
ry(pi*-0.003141048956) q[1];
ry(pi*-0.002122597196) q[2];
ry(pi*-0.140124432867) q[3];
ry(pi*0.006998598393) q[4];
ry(pi*-0.001352622619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069350695706) q[0];
ry(pi*-0.46862580558) q[1];
ry(pi*0.057014344794) q[2];
ry(pi*-0.001552385049) q[3];
ry(pi*-0.000856865018) q[4];
ry(pi*0.003817171872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013502432587) q[0];
ry(pi*-1.8549418e-05) q[1];
ry(pi*0.006359175886) q[2];
ry(pi*-0.488731795494) q[3];
ry(pi*0.003547033444) q[4];
ry(pi*-0.000469063945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077251284613) q[0];
ry(pi*-0.151467954122) q[1];
ry(pi*-0.18929028792) q[2];
ry(pi*-0.1948972661) q[3];
ry(pi*-0.028356742224) q[4];
ry(pi*-0.001744762634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060837647532) q[0];
ry(pi*-0.058744426967) q[1];
ry(pi*-0.530368894293) q[2];
ry(pi*0.0004496934) q[3];
ry(pi*-0.473784799242) q[4];
ry(pi*0.000145753345) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
