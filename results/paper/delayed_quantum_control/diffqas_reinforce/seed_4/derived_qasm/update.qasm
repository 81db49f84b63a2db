// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.040960929044) q[0];
ry(pi*0.2468809821) q[1];
ry(pi*0.48283001876) q[2];
ry(pi*0.169880616819) q[3];
ry(pi*-0.155791644108) q[4];
ry(pi*0.033856474576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086391306207) q[0];
ry(pi*0.499069324748) q[1];
ry(pi*0.005356486922) q[2];
ry(pi*0.694807671727) q[3];
ry(pi*0.114475421905) q[4];
ry(pi*-0.018457639966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.231611430164) q[0];
ry(pi*-0.002010376358) q[1];
ry(pi*-0.003755857881) q[2];
ry(pi*0.500880956535) q[3];
ry(pi*-0.008776035359) q[4];
ry(pi*-0.023120389554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060177936635) q[0];
ry(pi*-0.002727368944) q[1];
ry(pi*0.269698443278) q[2];
ry(pi*-0.244617115899) q[3];
ry(pi*0.003723321694) q[4];
ry(pi*-0.033103638319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060816488175) q[0];
ry(pi*-0.498430056988) q[1];
ry(pi*0.501137695757) q[2];
ry(pi*0.311300309684) q[3];
ry(pi*0.992903233607) q[4];
ry(pi*0.005894386256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
