// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-3.78e-10) q[1];
ry(pi*3.7396045e-05) q[2];
ry(pi*-0.000381498008) q[3];
ry(pi*-0.001885279991) q[4];
ry(pi*0.005329376644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.5431e-07) q[1];
ry(pi*-1.7663639e-05) q[2];
ry(pi*-3.0359e-08) q[3];
ry(pi*-0.003534024957) q[4];
ry(pi*-0.00386317456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-5.0e-12) q[1];
ry(pi*-1.7320346e-05) q[2];
ry(pi*-1.132029e-06) q[3];
ry(pi*0.005756184019) q[4];
ry(pi*0.007490934081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-5.0e-12) q[1];
ry(pi*6.19362e-07) q[2];
ry(pi*-5.035e-09) q[3];
ry(pi*0.003478159998) q[4];
ry(pi*-0.006389345519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*2.4e-11) q[1];
ry(pi*0.005976138047) q[2];
ry(pi*0.000381916223) q[3];
ry(pi*-0.00395281101) q[4];
ry(pi*0.006338943229) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
