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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022536804436) q[0];
rx(pi*-0.018620044315) q[1];
rx(pi*0.055954859131) q[2];
rx(pi*0.057377132189) q[3];
rx(pi*-0.172686382639) q[4];
rx(pi*-0.078853196389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003015822003) q[0];
rx(pi*0.09400909208) q[1];
rx(pi*0.175597617963) q[2];
rx(pi*0.045893264776) q[3];
rx(pi*0.00384199297) q[4];
rx(pi*0.062313390536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.235614679927) q[0];
rx(pi*-0.047663483797) q[1];
rx(pi*-0.11991757434) q[2];
rx(pi*-0.032975795202) q[3];
rx(pi*0.035732803432) q[4];
rx(pi*-0.011248895862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015778470991) q[0];
rx(pi*-0.170207251643) q[1];
rx(pi*-0.015574240034) q[2];
rx(pi*0.046787649588) q[3];
rx(pi*-0.109206623465) q[4];
rx(pi*-0.131548788855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.242319952527) q[0];
rx(pi*0.029148266285) q[1];
rx(pi*-0.093161351767) q[2];
rx(pi*0.088856928607) q[3];
rx(pi*0.11677422642) q[4];
rx(pi*-0.003728201247) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
