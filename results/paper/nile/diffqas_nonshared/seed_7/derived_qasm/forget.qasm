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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.131766548566) q[0];
rx(pi*-0.103633881608) q[1];
rx(pi*0.071067781548) q[2];
rx(pi*0.006852179177) q[3];
rx(pi*0.023375257589) q[4];
rx(pi*0.001236047535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.099732800091) q[0];
rx(pi*-0.110278365523) q[1];
rx(pi*0.006408781914) q[2];
rx(pi*0.043136216228) q[3];
rx(pi*0.027889120911) q[4];
rx(pi*-0.005444081133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.277569078959) q[0];
rx(pi*-0.109483635068) q[1];
rx(pi*0.068443015741) q[2];
rx(pi*0.017029129617) q[3];
rx(pi*0.029434069384) q[4];
rx(pi*-0.002480363928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027113711828) q[0];
rx(pi*-0.095400989769) q[1];
rx(pi*0.005266668748) q[2];
rx(pi*0.038612593799) q[3];
rx(pi*0.028736576632) q[4];
rx(pi*-0.003663373147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.160950808525) q[0];
rx(pi*-0.088485546557) q[1];
rx(pi*0.072634223772) q[2];
rx(pi*0.005163816297) q[3];
rx(pi*0.030381831651) q[4];
rx(pi*-0.000420272227) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
