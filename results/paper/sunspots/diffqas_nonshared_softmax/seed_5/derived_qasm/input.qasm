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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029640765612) q[0];
ry(pi*0.190005845099) q[1];
ry(pi*0.285766216655) q[2];
ry(pi*-0.114723253421) q[3];
ry(pi*-0.02392711553) q[4];
ry(pi*-0.263843092857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005844918967) q[0];
ry(pi*0.154376817853) q[1];
ry(pi*0.054268295697) q[2];
ry(pi*0.037852056978) q[3];
ry(pi*-0.030022212705) q[4];
ry(pi*-0.113648855179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031485476384) q[0];
ry(pi*0.14185021297) q[1];
ry(pi*-0.071804019022) q[2];
ry(pi*-0.231909188466) q[3];
ry(pi*0.108372847095) q[4];
ry(pi*0.209734542953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.147009946569) q[0];
ry(pi*0.071328533506) q[1];
ry(pi*-0.17072979906) q[2];
ry(pi*-0.265066873029) q[3];
ry(pi*-0.006657602385) q[4];
ry(pi*-0.109183495686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.027387846687) q[0];
ry(pi*0.174934615295) q[1];
ry(pi*-0.264945637171) q[2];
ry(pi*-0.107670172411) q[3];
ry(pi*-0.103102568781) q[4];
ry(pi*0.003608548132) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
