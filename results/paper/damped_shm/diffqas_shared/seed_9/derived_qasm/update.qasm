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
ry(pi*0.035085960802) q[0];
ry(pi*-0.007457977233) q[1];
ry(pi*0.007627300705) q[2];
ry(pi*-0.000288593909) q[3];
ry(pi*0.054493962301) q[4];
ry(pi*-0.075726259896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015060399923) q[0];
ry(pi*-0.498507314016) q[1];
ry(pi*0.009750738335) q[2];
ry(pi*0.360564092574) q[3];
ry(pi*-0.141858276388) q[4];
ry(pi*0.393970813423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001704514914) q[0];
ry(pi*-0.08724087739) q[1];
ry(pi*0.128911671789) q[2];
ry(pi*-0.106747916632) q[3];
ry(pi*0.005782959902) q[4];
ry(pi*-0.006918722533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01308814604) q[0];
ry(pi*0.002339993758) q[1];
ry(pi*0.256897359654) q[2];
ry(pi*-0.003517349691) q[3];
ry(pi*-0.240566927558) q[4];
ry(pi*-0.177346146391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043440173876) q[0];
ry(pi*0.021218551839) q[1];
ry(pi*0.216180287336) q[2];
ry(pi*0.186423391907) q[3];
ry(pi*0.038662262081) q[4];
ry(pi*0.000773041863) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
