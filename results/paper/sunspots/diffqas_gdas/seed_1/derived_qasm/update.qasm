// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014959326167) q[0];
ry(pi*-0.195343429235) q[1];
ry(pi*0.381087520883) q[2];
ry(pi*0.006214151167) q[3];
ry(pi*-0.131546939012) q[4];
ry(pi*-0.03114307995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02852082566) q[0];
ry(pi*0.029697719429) q[1];
ry(pi*0.471883616086) q[2];
ry(pi*0.004039150352) q[3];
ry(pi*-0.002521127766) q[4];
ry(pi*0.111870283405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.539034393238) q[0];
ry(pi*0.027459608734) q[1];
ry(pi*-0.034080623361) q[2];
ry(pi*-0.513089160766) q[3];
ry(pi*-0.159668307699) q[4];
ry(pi*0.054231972372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099598767115) q[0];
ry(pi*0.232355010092) q[1];
ry(pi*-0.017140977522) q[2];
ry(pi*0.017878040311) q[3];
ry(pi*-0.553374754856) q[4];
ry(pi*0.181573065877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015560356726) q[0];
ry(pi*0.083048649573) q[1];
ry(pi*-0.005274979405) q[2];
ry(pi*0.006266011987) q[3];
ry(pi*0.342513837818) q[4];
ry(pi*-0.002473202309) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
