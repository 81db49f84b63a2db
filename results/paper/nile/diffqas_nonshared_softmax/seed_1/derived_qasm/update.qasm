// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.004702689001) q[0];
ry(pi*0.319417666976) q[1];
ry(pi*0.018823263787) q[2];
ry(pi*0.004865380609) q[3];
ry(pi*-0.047228272681) q[4];
ry(pi*0.009861558747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003612555235) q[0];
ry(pi*-0.033533681733) q[1];
ry(pi*0.015775315586) q[2];
ry(pi*-0.524399005394) q[3];
ry(pi*0.001101764653) q[4];
ry(pi*-0.116241689851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005847008341) q[0];
ry(pi*0.11685142653) q[1];
ry(pi*0.014318803833) q[2];
ry(pi*0.018774240579) q[3];
ry(pi*-0.005331884011) q[4];
ry(pi*-0.04699902497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038886216395) q[0];
ry(pi*0.383198352901) q[1];
ry(pi*0.099550718631) q[2];
ry(pi*0.385047209218) q[3];
ry(pi*-0.498161364935) q[4];
ry(pi*-0.525232933547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003616300574) q[0];
ry(pi*-0.153514145988) q[1];
ry(pi*0.232812518929) q[2];
ry(pi*-0.043934717517) q[3];
ry(pi*0.011390229789) q[4];
ry(pi*-0.004626171613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
