// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.083374402165) q[0];
ry(pi*0.151518317281) q[1];
ry(pi*0.03757863834) q[2];
ry(pi*0.020328530758) q[3];
ry(pi*0.024360467316) q[4];
ry(pi*0.015726073005) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004445279211) q[0];
ry(pi*-0.357796310195) q[1];
ry(pi*-0.036814643735) q[2];
ry(pi*-0.265496207337) q[3];
ry(pi*-0.044576465965) q[4];
ry(pi*-0.138541403718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027262650269) q[0];
ry(pi*-0.304482471773) q[1];
ry(pi*-0.045945055634) q[2];
ry(pi*0.012220971705) q[3];
ry(pi*0.025341678537) q[4];
ry(pi*-0.000399113092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047256138904) q[0];
ry(pi*0.079277863401) q[1];
ry(pi*0.057659731266) q[2];
ry(pi*0.154504352663) q[3];
ry(pi*-0.270586937052) q[4];
ry(pi*-0.186128555407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007637739867) q[0];
ry(pi*0.049721894112) q[1];
ry(pi*0.039560007442) q[2];
ry(pi*0.059133150108) q[3];
ry(pi*0.021713394301) q[4];
ry(pi*0.000963333038) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
