// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.001317203167) q[0];
rx(pi*-0.002726247477) q[1];
rx(pi*-0.003281371102) q[2];
rx(pi*0.003383251792) q[3];
rx(pi*-0.000447890841) q[4];
rx(pi*-0.003124901369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.8557028e-05) q[0];
rx(pi*-0.004137397762) q[1];
rx(pi*0.00241910893) q[2];
rx(pi*0.001219516195) q[3];
rx(pi*-0.002329906185) q[4];
rx(pi*0.000825859398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001277111824) q[0];
rx(pi*-0.00957272653) q[1];
rx(pi*-0.001939273466) q[2];
rx(pi*-0.001608433066) q[3];
rx(pi*-0.004882060915) q[4];
rx(pi*-0.002788162075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001241561787) q[0];
rx(pi*-0.001832962787) q[1];
rx(pi*-0.000844581869) q[2];
rx(pi*0.005234546701) q[3];
rx(pi*-0.00364535793) q[4];
rx(pi*0.003040596854) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002237844632) q[0];
rx(pi*0.001552498589) q[1];
rx(pi*-0.003328888941) q[2];
rx(pi*-0.006109288791) q[3];
rx(pi*-0.003536197041) q[4];
rx(pi*0.002426050139) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
