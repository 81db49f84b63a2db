// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.02429205396) q[0];
ry(pi*0.002941964357) q[1];
ry(pi*-0.506270582918) q[2];
ry(pi*0.007160957682) q[3];
ry(pi*-0.002869118196) q[4];
ry(pi*0.301277879824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.428825382594) q[0];
ry(pi*0.002761798256) q[1];
ry(pi*0.001524839584) q[2];
ry(pi*-0.499611717659) q[3];
ry(pi*-0.49981244933) q[4];
ry(pi*0.185225926936) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00670463049) q[0];
ry(pi*-0.002602229444) q[1];
ry(pi*-0.000640577622) q[2];
ry(pi*0.001277636836) q[3];
ry(pi*-0.491741821916) q[4];
ry(pi*-0.507152588013) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000107537191) q[0];
ry(pi*-0.000234999973) q[1];
ry(pi*-0.118827694335) q[2];
ry(pi*-0.000894543635) q[3];
ry(pi*-0.014721342692) q[4];
ry(pi*-0.01950782424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.571333750695) q[0];
ry(pi*0.516535788058) q[1];
ry(pi*0.00013291879) q[2];
ry(pi*0.270676981713) q[3];
ry(pi*-0.001435740003) q[4];
ry(pi*0.001988655823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
