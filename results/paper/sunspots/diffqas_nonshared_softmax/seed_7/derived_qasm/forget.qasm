// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.519821564395) q[0];
ry(pi*-0.038840302345) q[1];
ry(pi*0.230049460764) q[2];
ry(pi*0.200315825924) q[3];
ry(pi*0.120061463658) q[4];
ry(pi*0.502067739849) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069112175065) q[0];
ry(pi*-0.231566502697) q[1];
ry(pi*-0.164219566307) q[2];
ry(pi*-0.278841353474) q[3];
ry(pi*-0.031287389041) q[4];
ry(pi*0.094698438408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00817570857) q[0];
ry(pi*0.153562317795) q[1];
ry(pi*0.072643093532) q[2];
ry(pi*0.023224659032) q[3];
ry(pi*0.025651778612) q[4];
ry(pi*-0.004470682534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000270648247) q[0];
ry(pi*-0.433049361304) q[1];
ry(pi*-0.031088578361) q[2];
ry(pi*0.659830424769) q[3];
ry(pi*0.80570406502) q[4];
ry(pi*-0.225317353926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019554803135) q[0];
ry(pi*-0.01718466346) q[1];
ry(pi*-0.017790668436) q[2];
ry(pi*0.365511122699) q[3];
ry(pi*0.006069075459) q[4];
ry(pi*0.006415600838) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
