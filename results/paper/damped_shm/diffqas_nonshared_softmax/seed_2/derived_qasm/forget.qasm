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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.211455200414) q[0];
ry(pi*0.052243201526) q[1];
ry(pi*0.169918391559) q[2];
ry(pi*-0.090354181964) q[3];
ry(pi*-0.551621710914) q[4];
ry(pi*-0.029876177094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.243157599337) q[0];
ry(pi*-0.174105506221) q[1];
ry(pi*0.354699616262) q[2];
ry(pi*0.122065498079) q[3];
ry(pi*0.126905939307) q[4];
ry(pi*0.038219846064) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08428047419) q[0];
ry(pi*-0.057194533722) q[1];
ry(pi*-0.01243473291) q[2];
ry(pi*-0.013447217148) q[3];
ry(pi*0.137304731564) q[4];
ry(pi*-0.00437171505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008300813683) q[0];
ry(pi*-0.237604219169) q[1];
ry(pi*-0.014531882019) q[2];
ry(pi*0.021289102001) q[3];
ry(pi*-0.039075602362) q[4];
ry(pi*-0.003793193877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014186548366) q[0];
ry(pi*0.08254704807) q[1];
ry(pi*0.123762041178) q[2];
ry(pi*-0.352880660995) q[3];
ry(pi*0.13377101936) q[4];
ry(pi*0.005782983025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
