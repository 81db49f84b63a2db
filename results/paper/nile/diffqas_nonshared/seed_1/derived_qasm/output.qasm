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
rx(pi*0.267997422611) q[0];
rx(pi*0.078651995143) q[1];
rx(pi*0.002710017774) q[2];
rx(pi*-0.097438757735) q[3];
rx(pi*0.056482837497) q[4];
rx(pi*-0.001069284865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05707549396) q[0];
rx(pi*-0.034694664482) q[1];
rx(pi*-0.126829090193) q[2];
rx(pi*-0.082608206722) q[3];
rx(pi*0.058623907331) q[4];
rx(pi*0.001634856619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027925617363) q[0];
rx(pi*-0.095126463596) q[1];
rx(pi*0.040777908433) q[2];
rx(pi*-0.088746156219) q[3];
rx(pi*0.053450537069) q[4];
rx(pi*-0.000573749675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056313719167) q[0];
rx(pi*0.085280394912) q[1];
rx(pi*-0.111227923086) q[2];
rx(pi*-0.081250260765) q[3];
rx(pi*0.062453067905) q[4];
rx(pi*0.000816919454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202214504676) q[0];
rx(pi*0.074613389664) q[1];
rx(pi*-0.000548417055) q[2];
rx(pi*-0.091680471891) q[3];
rx(pi*0.059601297915) q[4];
rx(pi*-0.005922253072) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
