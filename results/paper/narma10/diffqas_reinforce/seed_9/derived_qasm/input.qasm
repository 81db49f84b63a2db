// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000213498922) q[0];
rz(pi*-0.003961456358) q[1];
rz(pi*-0.00422830924) q[2];
rz(pi*0.003439738109) q[3];
rz(pi*1.9424826e-05) q[4];
rz(pi*-0.000630120599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005631749474) q[0];
rz(pi*0.002858766191) q[1];
rz(pi*-0.00427991541) q[2];
rz(pi*-0.001032306016) q[3];
rz(pi*0.002991680961) q[4];
rz(pi*0.001936636699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000923517319) q[0];
rz(pi*0.00500334124) q[1];
rz(pi*-0.004273328606) q[2];
rz(pi*0.002598706145) q[3];
rz(pi*-0.001644315275) q[4];
rz(pi*0.003875469197) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00014340682) q[0];
rz(pi*-0.005074065714) q[1];
rz(pi*0.000844719199) q[2];
rz(pi*-0.007945476056) q[3];
rz(pi*0.003575450766) q[4];
rz(pi*0.001131747523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003859222596) q[0];
rz(pi*0.001059072487) q[1];
rz(pi*0.000719255309) q[2];
rz(pi*0.004763984612) q[3];
rz(pi*0.002708342539) q[4];
rz(pi*-0.004470291221) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
