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
rz(pi*0.004946459164) q[0];
rz(pi*0.000914404767) q[1];
rz(pi*0.000820269034) q[2];
rz(pi*-0.004496713737) q[3];
rz(pi*0.00455548123) q[4];
rz(pi*0.005752104878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*9.0954148e-05) q[0];
rz(pi*-0.000699506235) q[1];
rz(pi*-0.005153595322) q[2];
rz(pi*0.002811698065) q[3];
rz(pi*0.008601622447) q[4];
rz(pi*0.002282644477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004022494059) q[0];
rz(pi*0.001725519524) q[1];
rz(pi*-0.003135401303) q[2];
rz(pi*0.004254761104) q[3];
rz(pi*-0.003929773944) q[4];
rz(pi*-0.000670572943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000887609393) q[0];
rz(pi*0.002810388945) q[1];
rz(pi*0.001324123032) q[2];
rz(pi*0.001231332066) q[3];
rz(pi*-0.002423892434) q[4];
rz(pi*-0.004104196639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000195696611) q[0];
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
