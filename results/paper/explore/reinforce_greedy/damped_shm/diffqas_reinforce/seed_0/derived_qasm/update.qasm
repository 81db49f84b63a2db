// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.268687537335) q[0];
ry(pi*-0.068909712132) q[1];
ry(pi*0.003198941035) q[2];
ry(pi*-0.001651689003) q[3];
ry(pi*-0.153167788993) q[4];
ry(pi*-0.002710440214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022923817659) q[0];
ry(pi*-0.110902663786) q[1];
ry(pi*-0.178592674887) q[2];
ry(pi*0.000557813605) q[3];
ry(pi*-0.013220070669) q[4];
ry(pi*0.018857294967) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.173286376812) q[0];
ry(pi*0.089442996783) q[1];
ry(pi*0.24798591698) q[2];
ry(pi*0.0198929224) q[3];
ry(pi*0.006745675658) q[4];
ry(pi*0.020721361499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000763872319) q[0];
ry(pi*0.498435748812) q[1];
ry(pi*0.051053007861) q[2];
ry(pi*-0.493051510689) q[3];
ry(pi*0.498246932027) q[4];
ry(pi*0.013013471677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010315628774) q[0];
ry(pi*0.02941071156) q[1];
ry(pi*-0.158950976568) q[2];
ry(pi*-0.052487238494) q[3];
ry(pi*-0.034461766889) q[4];
ry(pi*-0.003754486507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
