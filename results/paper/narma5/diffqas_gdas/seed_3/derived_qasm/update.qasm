// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.005645661242) q[0];
rx(pi*-0.01187317871) q[1];
rx(pi*-0.003071325887) q[2];
rx(pi*0.002410613882) q[3];
rx(pi*-0.006474792253) q[4];
rx(pi*-0.002910762192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001885483651) q[0];
rx(pi*-0.008393937857) q[1];
rx(pi*-0.00687148632) q[2];
rx(pi*-0.001585027662) q[3];
rx(pi*0.001044233797) q[4];
rx(pi*-0.001939043273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00463453563) q[0];
rx(pi*-0.015860116653) q[1];
rx(pi*0.001125994556) q[2];
rx(pi*-0.003336904334) q[3];
rx(pi*0.004475434911) q[4];
rx(pi*-6.8811409e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001556892855) q[0];
rx(pi*-0.017544253947) q[1];
rx(pi*0.005351053008) q[2];
rx(pi*0.002396338372) q[3];
rx(pi*0.002398595387) q[4];
rx(pi*0.003621901092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000682812514) q[0];
rx(pi*-0.014103419272) q[1];
rx(pi*-0.002549929286) q[2];
rx(pi*-0.002546994143) q[3];
rx(pi*0.004361081714) q[4];
rx(pi*-0.004648539) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
