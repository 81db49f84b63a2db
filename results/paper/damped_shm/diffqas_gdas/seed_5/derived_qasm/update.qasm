// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.064116413438) q[0];
ry(pi*0.046228380418) q[1];
ry(pi*0.01377852994) q[2];
ry(pi*0.004571753919) q[3];
ry(pi*0.024672144501) q[4];
ry(pi*6.6757632e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.118566781108) q[0];
ry(pi*0.001299634996) q[1];
ry(pi*0.028410705461) q[2];
ry(pi*0.003626562756) q[3];
ry(pi*-0.000996352659) q[4];
ry(pi*0.000844182996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003248086973) q[0];
ry(pi*-0.002152813076) q[1];
ry(pi*0.019918669605) q[2];
ry(pi*3.0908484e-05) q[3];
ry(pi*-0.018592650039) q[4];
ry(pi*0.000309308296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.138521605655) q[0];
ry(pi*0.018853173138) q[1];
ry(pi*0.000234689369) q[2];
ry(pi*0.000149590222) q[3];
ry(pi*-2.595737e-06) q[4];
ry(pi*-4.299735e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002503555444) q[0];
ry(pi*0.001126961277) q[1];
ry(pi*0.230582025792) q[2];
ry(pi*-0.000904728666) q[3];
ry(pi*-0.27879471846) q[4];
ry(pi*-0.006743055048) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
