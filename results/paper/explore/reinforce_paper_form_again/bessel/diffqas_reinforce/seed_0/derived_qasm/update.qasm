// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030013791176) q[0];
ry(pi*-0.184707363796) q[1];
ry(pi*-0.096875124833) q[2];
ry(pi*0.006795213503) q[3];
ry(pi*-0.003381108168) q[4];
ry(pi*0.002102950027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.159410354221) q[0];
ry(pi*0.045078190791) q[1];
ry(pi*0.148074336688) q[2];
ry(pi*-0.069399061983) q[3];
ry(pi*0.103555201623) q[4];
ry(pi*0.011304265455) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040693821215) q[0];
ry(pi*0.093325067607) q[1];
ry(pi*0.236242412258) q[2];
ry(pi*0.018763982251) q[3];
ry(pi*6.6282813e-05) q[4];
ry(pi*-0.000520593965) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025477352656) q[0];
ry(pi*0.351834086287) q[1];
ry(pi*0.013974511309) q[2];
ry(pi*-0.493257137329) q[3];
ry(pi*0.597458085906) q[4];
ry(pi*-0.49932454615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.267898650486) q[0];
ry(pi*-0.067284003786) q[1];
ry(pi*0.224228868418) q[2];
ry(pi*0.000521922317) q[3];
ry(pi*-0.003788092283) q[4];
ry(pi*-0.00195381919) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
