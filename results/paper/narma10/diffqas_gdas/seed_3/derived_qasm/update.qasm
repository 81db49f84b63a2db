// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*0.004778658551) q[0];
rz(pi*0.001459993104) q[1];
rz(pi*-0.001751745494) q[2];
rz(pi*-0.001915235736) q[3];
rz(pi*0.00149275311) q[4];
rz(pi*0.004325028157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002262451841) q[0];
rz(pi*0.001143698131) q[1];
rz(pi*-0.002276006536) q[2];
rz(pi*0.000854586288) q[3];
rz(pi*-0.003975907663) q[4];
rz(pi*-0.006258814794) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*5.6074771e-05) q[0];
rz(pi*-0.000444230768) q[1];
rz(pi*0.002149107313) q[2];
rz(pi*-0.002437701481) q[3];
rz(pi*0.004290275716) q[4];
rz(pi*7.9306271e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00485126696) q[0];
rz(pi*-0.001359195639) q[1];
rz(pi*0.004736740636) q[2];
rz(pi*-0.000448160387) q[3];
rz(pi*0.000231308792) q[4];
rz(pi*0.002945316308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00606655742) q[0];
rz(pi*-0.003748841818) q[1];
rz(pi*0.005813260566) q[2];
rz(pi*-0.005202641654) q[3];
rz(pi*-0.001876938504) q[4];
rz(pi*0.001559868168) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
