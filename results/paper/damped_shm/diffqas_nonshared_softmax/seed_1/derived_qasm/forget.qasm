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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026018898908) q[0];
ry(pi*-0.062699239306) q[1];
ry(pi*0.04551537033) q[2];
ry(pi*-0.119599676466) q[3];
ry(pi*-0.103629109962) q[4];
ry(pi*-0.452543328324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022466334908) q[0];
ry(pi*0.004917201112) q[1];
ry(pi*0.24308559776) q[2];
ry(pi*0.229251599806) q[3];
ry(pi*0.164429727433) q[4];
ry(pi*0.169396754834) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.3801152814) q[0];
ry(pi*0.268422658805) q[1];
ry(pi*-0.22496633912) q[2];
ry(pi*0.461035681974) q[3];
ry(pi*-0.378407999726) q[4];
ry(pi*0.457270957594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006209338018) q[0];
ry(pi*0.287196515185) q[1];
ry(pi*0.194181879676) q[2];
ry(pi*-0.171676178688) q[3];
ry(pi*-0.166022318847) q[4];
ry(pi*0.092696547908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.125321458743) q[0];
ry(pi*-0.04471149501) q[1];
ry(pi*0.134670137873) q[2];
ry(pi*0.457750778383) q[3];
ry(pi*0.048941815361) q[4];
ry(pi*-0.009232047722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
