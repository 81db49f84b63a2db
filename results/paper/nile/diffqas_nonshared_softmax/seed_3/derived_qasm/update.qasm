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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037028004141) q[0];
ry(pi*0.048747828503) q[1];
ry(pi*0.171267069329) q[2];
ry(pi*-0.016720624439) q[3];
ry(pi*0.033239461849) q[4];
ry(pi*-0.451946066226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038459071068) q[0];
ry(pi*-0.15620744136) q[1];
ry(pi*-0.307818431027) q[2];
ry(pi*-0.011309105877) q[3];
ry(pi*-0.412920262583) q[4];
ry(pi*0.391493389975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026654777662) q[0];
ry(pi*0.044578866018) q[1];
ry(pi*0.131634355947) q[2];
ry(pi*0.018410850799) q[3];
ry(pi*0.023966742485) q[4];
ry(pi*0.016021151407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00605860606) q[0];
ry(pi*-0.039164411423) q[1];
ry(pi*0.046925832853) q[2];
ry(pi*-0.00794572863) q[3];
ry(pi*0.172562680324) q[4];
ry(pi*0.092816503105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007548136916) q[0];
ry(pi*0.030159274206) q[1];
ry(pi*0.0620184402) q[2];
ry(pi*0.000876270285) q[3];
ry(pi*-0.017135993619) q[4];
ry(pi*-0.000263422428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
