// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.001188009279) q[0];
ry(pi*0.00190808805) q[1];
ry(pi*0.004727839749) q[2];
ry(pi*0.005148970715) q[3];
ry(pi*-0.003667130048) q[4];
ry(pi*0.006147038037) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005032979043) q[0];
ry(pi*-0.009409134013) q[1];
ry(pi*-0.005064141782) q[2];
ry(pi*-0.001573424344) q[3];
ry(pi*-0.004034456673) q[4];
ry(pi*-0.001116688646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005574831231) q[0];
ry(pi*0.000429458335) q[1];
ry(pi*-0.388163445081) q[2];
ry(pi*0.004390726632) q[3];
ry(pi*-0.00061526642) q[4];
ry(pi*-0.003071900109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.496717614726) q[0];
ry(pi*-0.480580989248) q[1];
ry(pi*-0.485474326497) q[2];
ry(pi*0.033796169698) q[3];
ry(pi*0.000134443753) q[4];
ry(pi*6.9553106e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.119040625482) q[0];
ry(pi*-0.459411766553) q[1];
ry(pi*-0.003934342819) q[2];
ry(pi*-0.53552329655) q[3];
ry(pi*-0.500135858787) q[4];
ry(pi*-0.000363334418) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
