// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.589386358072) q[0];
ry(pi*0.952811237435) q[1];
ry(pi*0.501808761842) q[2];
ry(pi*1.86563794034) q[3];
ry(pi*0.642818472603) q[4];
ry(pi*1.121920574114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.945977509216) q[0];
ry(pi*1.341785501862) q[1];
ry(pi*0.771528758162) q[2];
ry(pi*1.506088737986) q[3];
ry(pi*0.387086248358) q[4];
ry(pi*0.207954481818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077558197266) q[0];
ry(pi*1.335617537477) q[1];
ry(pi*1.315976190154) q[2];
ry(pi*1.341918311095) q[3];
ry(pi*1.346793092997) q[4];
ry(pi*1.165554934063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.883511482924) q[0];
ry(pi*0.919675864823) q[1];
ry(pi*0.246650463215) q[2];
ry(pi*0.499988516429) q[3];
ry(pi*0.816738311515) q[4];
ry(pi*1.224640623843) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.715472560843) q[0];
ry(pi*0.871419819427) q[1];
ry(pi*0.58716681221) q[2];
ry(pi*1.455466866843) q[3];
ry(pi*1.690268279941) q[4];
ry(pi*0.677567211788) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
