// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.004946458571) q[0];
rz(pi*0.000914401729) q[1];
rz(pi*0.00082027059) q[2];
rz(pi*-0.004496713144) q[3];
rz(pi*0.00455548123) q[4];
rz(pi*0.005752104878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*9.0952369e-05) q[0];
rz(pi*-0.000699508755) q[1];
rz(pi*-0.005153595322) q[2];
rz(pi*0.002811698361) q[3];
rz(pi*0.008601622447) q[4];
rz(pi*0.002282642699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004022491984) q[0];
rz(pi*0.001725517301) q[1];
rz(pi*-0.003135402785) q[2];
rz(pi*0.004254761697) q[3];
rz(pi*-0.003929774241) q[4];
rz(pi*-0.00067056857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000887612061) q[0];
rz(pi*0.002810388352) q[1];
rz(pi*0.001324125404) q[2];
rz(pi*0.001231333104) q[3];
rz(pi*-0.002423891841) q[4];
rz(pi*-0.004104196639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000195698371) q[0];
rz(pi*-0.00226062023) q[1];
rz(pi*-0.004162811165) q[2];
rz(pi*-0.004029632851) q[3];
rz(pi*-0.001560127412) q[4];
rz(pi*-0.005896941648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
