// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.145445102799) q[0];
ry(pi*0.156448177069) q[1];
ry(pi*-0.009176739198) q[2];
ry(pi*0.502081096663) q[3];
ry(pi*-0.043665342446) q[4];
ry(pi*-0.03574696896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.207901984226) q[0];
ry(pi*0.12186709057) q[1];
ry(pi*0.089020691879) q[2];
ry(pi*-0.168962867067) q[3];
ry(pi*-0.01497083551) q[4];
ry(pi*0.060281779227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.514787942649) q[0];
ry(pi*0.141070138962) q[1];
ry(pi*0.009215092014) q[2];
ry(pi*0.066917132507) q[3];
ry(pi*-0.082517251369) q[4];
ry(pi*-0.118140729086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.483712934546) q[0];
ry(pi*0.461068504827) q[1];
ry(pi*0.151966387177) q[2];
ry(pi*0.316769488798) q[3];
ry(pi*0.343500762208) q[4];
ry(pi*0.153645020002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010923545256) q[0];
ry(pi*0.003580197807) q[1];
ry(pi*0.197572309689) q[2];
ry(pi*-0.127288021987) q[3];
ry(pi*-0.063152085591) q[4];
ry(pi*0.00087488446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
