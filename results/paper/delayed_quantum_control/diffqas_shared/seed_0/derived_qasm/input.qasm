// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*-0.003213398269) q[0];
rz(pi*-0.000665568362) q[1];
rz(pi*-0.000506387453) q[2];
rz(pi*0.00172202009) q[3];
rz(pi*0.000683711348) q[4];
rz(pi*0.001131609452) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002080763918) q[0];
rz(pi*-0.000412077185) q[1];
rz(pi*0.002496047572) q[2];
rz(pi*0.004754256929) q[3];
rz(pi*-0.004007196095) q[4];
rz(pi*0.004819460334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004284548911) q[0];
rz(pi*0.002487524658) q[1];
rz(pi*0.000842171366) q[2];
rz(pi*-0.00099911312) q[3];
rz(pi*0.004641163641) q[4];
rz(pi*0.006239934538) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005735023476) q[0];
rz(pi*0.004186296462) q[1];
rz(pi*0.001137633077) q[2];
rz(pi*-0.003846142962) q[3];
rz(pi*-1.4226464e-05) q[4];
rz(pi*0.002089624636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004100986984) q[0];
rz(pi*0.00125773472) q[1];
rz(pi*0.001368245788) q[2];
rz(pi*0.002215515783) q[3];
rz(pi*-0.003769232779) q[4];
rz(pi*-0.002106217638) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
