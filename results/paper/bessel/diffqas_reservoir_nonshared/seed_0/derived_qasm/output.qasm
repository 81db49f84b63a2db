// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.585528705175) q[0];
ry(pi*0.408352725358) q[1];
ry(pi*1.636917520552) q[2];
ry(pi*1.552390590369) q[3];
ry(pi*0.782758120394) q[4];
ry(pi*0.873504013707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.651290942814) q[0];
ry(pi*1.664825825283) q[1];
ry(pi*0.32077797504) q[2];
ry(pi*1.032078011265) q[3];
ry(pi*0.675598295923) q[4];
ry(pi*0.085454308603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.785102724491) q[0];
ry(pi*0.721756790225) q[1];
ry(pi*1.052778796819) q[2];
ry(pi*0.663647210368) q[3];
ry(pi*0.356805780983) q[4];
ry(pi*1.028094720832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.931619588952) q[0];
ry(pi*1.482101720749) q[1];
ry(pi*1.591065701744) q[2];
ry(pi*1.286870022025) q[3];
ry(pi*0.159401038602) q[4];
ry(pi*0.498682166859) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.356487000877) q[0];
ry(pi*0.103445292496) q[1];
ry(pi*1.442105650789) q[2];
ry(pi*0.661168838282) q[3];
ry(pi*1.033693654567) q[4];
ry(pi*0.982496453824) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
