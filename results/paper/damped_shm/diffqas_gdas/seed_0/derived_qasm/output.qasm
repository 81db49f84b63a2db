// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.007136845098) q[0];
ry(pi*-0.000127537246) q[1];
ry(pi*-1.5314303e-05) q[2];
ry(pi*0.009074280431) q[3];
ry(pi*0.034242937589) q[4];
ry(pi*0.001837490604) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005388533671) q[0];
ry(pi*0.001072487702) q[1];
ry(pi*0.000344724487) q[2];
ry(pi*-0.000331350812) q[3];
ry(pi*0.000523329598) q[4];
ry(pi*-0.000223792175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003574962811) q[0];
ry(pi*0.001305474304) q[1];
ry(pi*4.301989e-05) q[2];
ry(pi*-5.3382118e-05) q[3];
ry(pi*-0.000136055158) q[4];
ry(pi*0.001650795061) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049072480675) q[0];
ry(pi*-0.001768744335) q[1];
ry(pi*0.0002757) q[2];
ry(pi*-0.005401936732) q[3];
ry(pi*-0.000164953997) q[4];
ry(pi*0.000502428893) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000714166536) q[0];
ry(pi*0.001337563001) q[1];
ry(pi*0.023224666147) q[2];
ry(pi*0.00016954392) q[3];
ry(pi*0.001947502747) q[4];
ry(pi*-0.002586210219) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
