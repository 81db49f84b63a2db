// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.002935247708) q[0];
ry(pi*0.002494665229) q[1];
ry(pi*0.005267955931) q[2];
ry(pi*-0.000635665903) q[3];
ry(pi*0.001145139763) q[4];
ry(pi*0.064525371015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.090412143708) q[0];
ry(pi*-0.11973797831) q[1];
ry(pi*0.001073638444) q[2];
ry(pi*-0.371977262786) q[3];
ry(pi*0.00050515252) q[4];
ry(pi*0.151342999606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040887272094) q[0];
ry(pi*-0.000887612579) q[1];
ry(pi*-0.003764705407) q[2];
ry(pi*-0.001603272923) q[3];
ry(pi*-0.001263693349) q[4];
ry(pi*0.11745229345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001020827059) q[0];
ry(pi*-0.205462297572) q[1];
ry(pi*0.013967772427) q[2];
ry(pi*0.363653463027) q[3];
ry(pi*0.00198861017) q[4];
ry(pi*0.203284757374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010017793395) q[0];
ry(pi*0.00175173245) q[1];
ry(pi*-0.057748542698) q[2];
ry(pi*0.009478792456) q[3];
ry(pi*0.003154430969) q[4];
ry(pi*0.005098917049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
