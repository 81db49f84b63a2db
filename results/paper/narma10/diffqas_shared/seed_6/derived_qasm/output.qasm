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
ry(pi*-0.180180466196) q[0];
ry(pi*-0.090852264023) q[1];
ry(pi*-0.034072768643) q[2];
ry(pi*-0.05176405427) q[3];
ry(pi*0.185227122219) q[4];
ry(pi*-0.054427785357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.181865416946) q[0];
ry(pi*-0.369543438712) q[1];
ry(pi*0.022953445976) q[2];
ry(pi*-0.103333353284) q[3];
ry(pi*0.12163339375) q[4];
ry(pi*0.259139843567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.134465118362) q[0];
ry(pi*-0.082048434774) q[1];
ry(pi*-0.046068625139) q[2];
ry(pi*0.075539862136) q[3];
ry(pi*-0.186963356306) q[4];
ry(pi*0.077693705373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.193934892446) q[0];
ry(pi*0.104857291811) q[1];
ry(pi*0.053456603605) q[2];
ry(pi*-0.071156275186) q[3];
ry(pi*-0.071402754895) q[4];
ry(pi*-0.045605780216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.034907652548) q[0];
ry(pi*-0.089220351589) q[1];
ry(pi*0.002676552515) q[2];
ry(pi*0.015850611307) q[3];
ry(pi*-0.086684235945) q[4];
ry(pi*-0.002145942273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
