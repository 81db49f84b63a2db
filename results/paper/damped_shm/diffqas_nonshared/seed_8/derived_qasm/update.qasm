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
ry(pi*0.363679152127) q[0];
ry(pi*-0.042295367766) q[1];
ry(pi*0.245010136368) q[2];
ry(pi*0.137171343661) q[3];
ry(pi*0.066425254537) q[4];
ry(pi*0.017004687975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022683532552) q[0];
ry(pi*-0.218016242185) q[1];
ry(pi*-0.351969134305) q[2];
ry(pi*-0.105600036938) q[3];
ry(pi*0.041753586727) q[4];
ry(pi*0.000661132148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.117796724711) q[0];
ry(pi*0.012848330509) q[1];
ry(pi*0.006209371221) q[2];
ry(pi*-0.022373773987) q[3];
ry(pi*0.121923354253) q[4];
ry(pi*0.01491520267) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051889506821) q[0];
ry(pi*-0.414731932315) q[1];
ry(pi*-0.034240169939) q[2];
ry(pi*-0.525634700452) q[3];
ry(pi*-0.518770777736) q[4];
ry(pi*-0.033651374431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.101599708977) q[0];
ry(pi*0.028993081066) q[1];
ry(pi*0.161306699326) q[2];
ry(pi*0.065549543651) q[3];
ry(pi*0.105083380559) q[4];
ry(pi*-0.003370714067) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
