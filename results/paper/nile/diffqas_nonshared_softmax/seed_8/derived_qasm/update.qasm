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
ry(pi*0.059367164722) q[0];
ry(pi*-0.118672800823) q[1];
ry(pi*0.076181790825) q[2];
ry(pi*-0.053911057831) q[3];
ry(pi*0.061698991304) q[4];
ry(pi*0.04913300374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.155461319084) q[0];
ry(pi*-0.0325333863) q[1];
ry(pi*-0.291830343191) q[2];
ry(pi*-0.175872191568) q[3];
ry(pi*-0.025166140304) q[4];
ry(pi*0.034740384061) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.1219114868) q[0];
ry(pi*-0.076194540511) q[1];
ry(pi*-0.028130923837) q[2];
ry(pi*0.012282642621) q[3];
ry(pi*0.001102688537) q[4];
ry(pi*0.111556360322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015726855631) q[0];
ry(pi*-0.427440941195) q[1];
ry(pi*-0.07623152314) q[2];
ry(pi*-0.482057486419) q[3];
ry(pi*-0.646027143693) q[4];
ry(pi*0.189503674413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.103209034355) q[0];
ry(pi*0.088739345003) q[1];
ry(pi*0.026005084376) q[2];
ry(pi*0.036861214716) q[3];
ry(pi*0.062227610001) q[4];
ry(pi*-0.003370850137) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
