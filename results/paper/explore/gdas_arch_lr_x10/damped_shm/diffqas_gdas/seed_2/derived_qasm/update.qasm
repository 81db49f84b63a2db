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
ry(pi*-0.113535265338) q[0];
ry(pi*-0.298269124576) q[1];
ry(pi*0.012371941416) q[2];
ry(pi*-0.023693288272) q[3];
ry(pi*0.007908824265) q[4];
ry(pi*0.107025506904) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000221943721) q[0];
ry(pi*-0.105775402045) q[1];
ry(pi*-0.0022168544) q[2];
ry(pi*0.530725278386) q[3];
ry(pi*0.001177639265) q[4];
ry(pi*0.006846618384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018866944981) q[0];
ry(pi*0.014054104358) q[1];
ry(pi*0.03481198721) q[2];
ry(pi*-0.022348924431) q[3];
ry(pi*0.000122151886) q[4];
ry(pi*0.039866675821) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.305584712523) q[0];
ry(pi*0.107923904453) q[1];
ry(pi*-0.04762430033) q[2];
ry(pi*-0.117450747171) q[3];
ry(pi*0.504741796854) q[4];
ry(pi*-0.488039252258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.267333072877) q[0];
ry(pi*-0.088014102236) q[1];
ry(pi*-0.008588385398) q[2];
ry(pi*-0.013560114483) q[3];
ry(pi*0.257626027002) q[4];
ry(pi*0.00015843256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
