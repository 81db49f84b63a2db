// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002213523793) q[0];
rx(pi*-0.002724445659) q[1];
rx(pi*-0.002070359293) q[2];
rx(pi*0.001446176349) q[3];
rx(pi*-0.000829046449) q[4];
rx(pi*-0.003876199055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003019930196) q[0];
rx(pi*9.3135996e-05) q[1];
rx(pi*0.000234474184) q[2];
rx(pi*0.001669288599) q[3];
rx(pi*0.000636531313) q[4];
rx(pi*0.005854968001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000299358535) q[0];
rx(pi*0.003898725932) q[1];
rx(pi*0.006216032434) q[2];
rx(pi*-0.000374098043) q[3];
rx(pi*-0.000981142445) q[4];
rx(pi*-0.00170448438) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003465159812) q[0];
rx(pi*0.004181731441) q[1];
rx(pi*-0.006949832503) q[2];
rx(pi*-0.006073373379) q[3];
rx(pi*-0.003485134558) q[4];
rx(pi*-0.000254628819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004156697197) q[0];
rx(pi*-0.002537728623) q[1];
rx(pi*0.00663869782) q[2];
rx(pi*0.003275224525) q[3];
rx(pi*0.003891273496) q[4];
rx(pi*-0.00074038428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
