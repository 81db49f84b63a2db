// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.117492733861) q[0];
ry(pi*-0.078081323351) q[1];
ry(pi*-0.000276512271) q[2];
ry(pi*-0.002640640661) q[3];
ry(pi*0.000965532617) q[4];
ry(pi*0.000737547928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104591673343) q[0];
ry(pi*-0.030739019714) q[1];
ry(pi*-0.000508601632) q[2];
ry(pi*0.000574770646) q[3];
ry(pi*5.927148e-05) q[4];
ry(pi*0.000924667023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.126960182393) q[0];
ry(pi*-0.122846596615) q[1];
ry(pi*-0.000738517465) q[2];
ry(pi*0.001200119673) q[3];
ry(pi*0.000103376777) q[4];
ry(pi*-0.000763678293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.069465665814) q[0];
ry(pi*-0.020392096578) q[1];
ry(pi*0.000381460433) q[2];
ry(pi*-0.000669243368) q[3];
ry(pi*0.004119132342) q[4];
ry(pi*0.003204502422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.134953135378) q[0];
ry(pi*-0.16795068995) q[1];
ry(pi*-0.000505181609) q[2];
ry(pi*-0.001343883742) q[3];
ry(pi*0.000680093112) q[4];
ry(pi*0.000691754904) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
