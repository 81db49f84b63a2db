// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.002559600941) q[0];
rx(pi*-0.106876011138) q[1];
rx(pi*0.010307904495) q[2];
rx(pi*0.05319468008) q[3];
rx(pi*-0.001420405132) q[4];
rx(pi*0.005384869559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.234653463611) q[0];
rx(pi*-0.049721998463) q[1];
rx(pi*-0.021760494147) q[2];
rx(pi*0.051997613537) q[3];
rx(pi*-0.002218621237) q[4];
rx(pi*0.000849973242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018020530389) q[0];
rx(pi*-0.135797602892) q[1];
rx(pi*0.009452891691) q[2];
rx(pi*0.055331082618) q[3];
rx(pi*-0.000130516755) q[4];
rx(pi*-0.00054660853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.251346123406) q[0];
rx(pi*-0.104941549784) q[1];
rx(pi*-0.026768358016) q[2];
rx(pi*0.0576033158) q[3];
rx(pi*-0.007252084382) q[4];
rx(pi*5.1489411e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004935615942) q[0];
rx(pi*-0.10260284558) q[1];
rx(pi*0.007784042282) q[2];
rx(pi*0.050543641761) q[3];
rx(pi*0.002057074812) q[4];
rx(pi*-0.002642605526) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
