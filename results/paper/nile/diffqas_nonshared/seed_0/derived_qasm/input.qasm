// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.123864446583) q[0];
rx(pi*0.001697977616) q[1];
rx(pi*-0.000768351666) q[2];
rx(pi*-0.006315750824) q[3];
rx(pi*0.000437983768) q[4];
rx(pi*0.00228613072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054037459019) q[0];
rx(pi*0.003295946915) q[1];
rx(pi*0.00392376818) q[2];
rx(pi*0.001173155323) q[3];
rx(pi*0.002217842317) q[4];
rx(pi*0.002888578603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127418317331) q[0];
rx(pi*0.005725775447) q[1];
rx(pi*-0.002160189769) q[2];
rx(pi*-0.001135074795) q[3];
rx(pi*0.003724288415) q[4];
rx(pi*-0.004083482549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.044781143967) q[0];
rx(pi*0.004214699554) q[1];
rx(pi*0.002407715054) q[2];
rx(pi*-0.000880911864) q[3];
rx(pi*0.002131699817) q[4];
rx(pi*-0.002664099574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.128879911409) q[0];
rx(pi*0.003254352723) q[1];
rx(pi*0.000596906877) q[2];
rx(pi*0.000155809225) q[3];
rx(pi*0.005557745679) q[4];
rx(pi*-0.001170524929) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
