// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.043425488969) q[0];
ry(pi*0.084385602185) q[1];
ry(pi*0.00099981237) q[2];
ry(pi*-0.070880596419) q[3];
ry(pi*-0.00365736264) q[4];
ry(pi*-0.009882094375) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.081210370563) q[0];
ry(pi*0.050780336274) q[1];
ry(pi*0.367568375677) q[2];
ry(pi*0.465345721067) q[3];
ry(pi*-0.525988238632) q[4];
ry(pi*-0.469451461614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.194057513315) q[0];
ry(pi*0.229011708384) q[1];
ry(pi*0.036973666192) q[2];
ry(pi*-0.029839407909) q[3];
ry(pi*0.005798406683) q[4];
ry(pi*0.256967539847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05043762679) q[0];
ry(pi*0.187691833926) q[1];
ry(pi*-0.449855231485) q[2];
ry(pi*-0.39713520212) q[3];
ry(pi*0.464820783084) q[4];
ry(pi*-0.046258248266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.073374839208) q[0];
ry(pi*-0.002253304309) q[1];
ry(pi*0.002077430495) q[2];
ry(pi*-0.001126458721) q[3];
ry(pi*0.582736523842) q[4];
ry(pi*-0.00146508284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
