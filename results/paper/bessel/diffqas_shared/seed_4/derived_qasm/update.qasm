// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.052359580361) q[0];
ry(pi*-0.128120527183) q[1];
ry(pi*0.077590218521) q[2];
ry(pi*-0.115748208684) q[3];
ry(pi*-0.045916914306) q[4];
ry(pi*-0.023952126354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.160061764541) q[0];
ry(pi*-0.072975287371) q[1];
ry(pi*0.287425421386) q[2];
ry(pi*0.406865907012) q[3];
ry(pi*-0.037071529996) q[4];
ry(pi*0.384172375822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.107029586045) q[0];
ry(pi*-0.064295615783) q[1];
ry(pi*-0.016839923891) q[2];
ry(pi*-0.010261806647) q[3];
ry(pi*0.27471553976) q[4];
ry(pi*-0.173273665071) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.060021226482) q[0];
ry(pi*-0.029314168734) q[1];
ry(pi*0.128111628964) q[2];
ry(pi*0.114418788253) q[3];
ry(pi*-0.306030401339) q[4];
ry(pi*0.141113776282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.276921102707) q[0];
ry(pi*0.114160275079) q[1];
ry(pi*0.164351066421) q[2];
ry(pi*-0.088938710636) q[3];
ry(pi*0.090545066778) q[4];
ry(pi*-0.004707677944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
