// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.02080555781) q[0];
ry(pi*0.021564908835) q[1];
ry(pi*0.003856958614) q[2];
ry(pi*-0.196801731541) q[3];
ry(pi*0.121618338875) q[4];
ry(pi*0.074620158192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111908864487) q[0];
ry(pi*0.180916001679) q[1];
ry(pi*0.055443994183) q[2];
ry(pi*-0.081178202269) q[3];
ry(pi*0.104577197137) q[4];
ry(pi*-0.187830486767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043065637607) q[0];
ry(pi*-0.410463822994) q[1];
ry(pi*-0.204030386358) q[2];
ry(pi*0.057283539624) q[3];
ry(pi*-0.0830102013) q[4];
ry(pi*-0.204134964144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.24146099932) q[0];
ry(pi*0.162771471339) q[1];
ry(pi*0.041918203772) q[2];
ry(pi*-0.16706119062) q[3];
ry(pi*-0.309742096889) q[4];
ry(pi*-0.217469694242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024510620013) q[0];
ry(pi*0.026098278513) q[1];
ry(pi*0.20244612398) q[2];
ry(pi*-0.219624220498) q[3];
ry(pi*-0.026786493591) q[4];
ry(pi*-0.003569734337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
