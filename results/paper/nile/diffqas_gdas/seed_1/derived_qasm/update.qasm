// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.088839179601) q[0];
ry(pi*-0.043377098976) q[1];
ry(pi*-0.247989597693) q[2];
ry(pi*-0.100466106275) q[3];
ry(pi*0.02359449006) q[4];
ry(pi*0.035763887908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033890260297) q[0];
ry(pi*0.035772857274) q[1];
ry(pi*0.018853975922) q[2];
ry(pi*0.134080977139) q[3];
ry(pi*-0.193233432019) q[4];
ry(pi*-0.212546968207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.267032335854) q[0];
ry(pi*0.232376601078) q[1];
ry(pi*0.037172903758) q[2];
ry(pi*-0.025425571284) q[3];
ry(pi*-0.087761394723) q[4];
ry(pi*-0.163505394138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004854394498) q[0];
ry(pi*0.038362210448) q[1];
ry(pi*-0.038984300757) q[2];
ry(pi*0.27745315547) q[3];
ry(pi*0.124207255675) q[4];
ry(pi*-0.012852860253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062627332592) q[0];
ry(pi*-0.186021643974) q[1];
ry(pi*-0.020768447116) q[2];
ry(pi*0.16258020707) q[3];
ry(pi*-0.008469738135) q[4];
ry(pi*-0.001356820636) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
