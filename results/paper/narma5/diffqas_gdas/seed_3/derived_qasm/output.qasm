// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.00855433821) q[0];
rz(pi*-0.002926291682) q[1];
rz(pi*0.001313463016) q[2];
rz(pi*-0.007801311039) q[3];
rz(pi*-0.001460289553) q[4];
rz(pi*-0.004709834908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006665087727) q[0];
rz(pi*0.00316293491) q[1];
rz(pi*0.003038251052) q[2];
rz(pi*-0.001757361872) q[3];
rz(pi*-0.002009513691) q[4];
rz(pi*0.004017545136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003412261717) q[0];
rz(pi*-0.00045447909) q[1];
rz(pi*0.00234749244) q[2];
rz(pi*-9.3676089e-05) q[3];
rz(pi*-0.00142696155) q[4];
rz(pi*0.001541442813) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001797978226) q[0];
rz(pi*0.001447710325) q[1];
rz(pi*-0.001224547975) q[2];
rz(pi*-0.001899037308) q[3];
rz(pi*-0.002258506547) q[4];
rz(pi*0.001009724222) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002545690063) q[0];
rz(pi*0.000922244662) q[1];
rz(pi*-0.003214495724) q[2];
rz(pi*0.00152471552) q[3];
rz(pi*-0.003305618273) q[4];
rz(pi*-0.004030079007) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
