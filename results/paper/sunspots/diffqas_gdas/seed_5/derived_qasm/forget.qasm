// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.143649863466) q[0];
ry(pi*0.143080652576) q[1];
ry(pi*0.317393388634) q[2];
ry(pi*0.062514705619) q[3];
ry(pi*-0.001595402049) q[4];
ry(pi*-0.00096314042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.154695531556) q[0];
ry(pi*0.095364391339) q[1];
ry(pi*0.16155019557) q[2];
ry(pi*0.046123242937) q[3];
ry(pi*0.012677327948) q[4];
ry(pi*0.00222197882) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031249592956) q[0];
ry(pi*0.208290640962) q[1];
ry(pi*0.172423496247) q[2];
ry(pi*0.022738487116) q[3];
ry(pi*0.11994585322) q[4];
ry(pi*-0.002480893979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.114551777728) q[0];
ry(pi*-0.374392986859) q[1];
ry(pi*-0.190290208641) q[2];
ry(pi*0.342542942013) q[3];
ry(pi*-0.206640656986) q[4];
ry(pi*-0.007073591736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.287262179865) q[0];
ry(pi*0.005345641032) q[1];
ry(pi*0.041384139897) q[2];
ry(pi*0.191631430121) q[3];
ry(pi*0.26911664397) q[4];
ry(pi*-0.002118135191) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
