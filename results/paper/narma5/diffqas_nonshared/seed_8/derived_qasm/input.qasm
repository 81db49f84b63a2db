// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000586345319) q[0];
rz(pi*0.001572556044) q[1];
rz(pi*-0.002488080797) q[2];
rz(pi*0.001954894411) q[3];
rz(pi*0.003721589838) q[4];
rz(pi*-0.00501577254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000882437095) q[0];
rz(pi*-0.001048858849) q[1];
rz(pi*0.005207373576) q[2];
rz(pi*0.000460101582) q[3];
rz(pi*0.002055594641) q[4];
rz(pi*0.002474201194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002393141908) q[0];
rz(pi*-0.004127001289) q[1];
rz(pi*0.003683573491) q[2];
rz(pi*0.004192997992) q[3];
rz(pi*0.002888114067) q[4];
rz(pi*0.002706999328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002195968517) q[0];
rz(pi*-0.00223142799) q[1];
rz(pi*9.702112e-05) q[2];
rz(pi*0.002177207582) q[3];
rz(pi*-0.000980146227) q[4];
rz(pi*-0.000904541532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001621336461) q[0];
rz(pi*0.005156529576) q[1];
rz(pi*-0.004971488961) q[2];
rz(pi*-0.000667859469) q[3];
rz(pi*-0.004715492937) q[4];
rz(pi*-0.005728739346) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
