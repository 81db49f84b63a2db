// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.011133083838) q[0];
rx(pi*0.001372608185) q[1];
rx(pi*0.17155784566) q[2];
rx(pi*0.000961625268) q[3];
rx(pi*-0.000299990379) q[4];
rx(pi*0.005844391287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011055160392) q[0];
rx(pi*0.002143025954) q[1];
rx(pi*0.16441437848) q[2];
rx(pi*-0.002525497723) q[3];
rx(pi*-0.00024668726) q[4];
rx(pi*0.00332381966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012013633961) q[0];
rx(pi*-0.003684063521) q[1];
rx(pi*0.163176008266) q[2];
rx(pi*0.001077955411) q[3];
rx(pi*0.001014539965) q[4];
rx(pi*-0.003466978232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009625267997) q[0];
rx(pi*0.001853749804) q[1];
rx(pi*0.152004067054) q[2];
rx(pi*-0.000267658705) q[3];
rx(pi*-0.002236747326) q[4];
rx(pi*0.002742284489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016489114229) q[0];
rx(pi*-0.001684604794) q[1];
rx(pi*0.162173772869) q[2];
rx(pi*0.002123047651) q[3];
rx(pi*0.004240581643) q[4];
rx(pi*0.005049120109) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
