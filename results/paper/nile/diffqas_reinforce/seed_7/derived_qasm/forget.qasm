// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000253001943) q[0];
rz(pi*0.002992594617) q[1];
rz(pi*-0.000704120466) q[2];
rz(pi*-0.001873818524) q[3];
rz(pi*0.000149756224) q[4];
rz(pi*-0.001894107506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005590602921) q[0];
rz(pi*0.000348647103) q[1];
rz(pi*0.000910930976) q[2];
rz(pi*-0.004222188454) q[3];
rz(pi*-0.001512309418) q[4];
rz(pi*0.001025772128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002402973201) q[0];
rz(pi*0.003526942787) q[1];
rz(pi*-0.000117904955) q[2];
rz(pi*0.001167760763) q[3];
rz(pi*-0.000999799103) q[4];
rz(pi*-0.004030948493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002273095256) q[0];
rz(pi*-0.002340216243) q[1];
rz(pi*0.000188550685) q[2];
rz(pi*0.003339747578) q[3];
rz(pi*0.005445952914) q[4];
rz(pi*0.004583109108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001420334873) q[0];
rz(pi*0.004751185715) q[1];
rz(pi*0.004073978981) q[2];
rz(pi*0.000940015605) q[3];
rz(pi*-0.000211092829) q[4];
rz(pi*0.002825174644) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
