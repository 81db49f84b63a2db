// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.033408926431) q[0];
rx(pi*-0.102075042712) q[1];
rx(pi*-0.011317507247) q[2];
rx(pi*0.024509521965) q[3];
rx(pi*-0.022011626922) q[4];
rx(pi*-0.000244118695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.176389350724) q[0];
rx(pi*-0.081341927595) q[1];
rx(pi*0.003267219507) q[2];
rx(pi*0.012564476859) q[3];
rx(pi*-0.017824111462) q[4];
rx(pi*-0.000889529568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041269326314) q[0];
rx(pi*-0.090463844446) q[1];
rx(pi*-0.024355783419) q[2];
rx(pi*0.025989232646) q[3];
rx(pi*-0.022015698948) q[4];
rx(pi*-0.000173869021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.179721003165) q[0];
rx(pi*-0.113943558868) q[1];
rx(pi*0.002103992787) q[2];
rx(pi*0.016184783055) q[3];
rx(pi*-0.023315474461) q[4];
rx(pi*-0.001534921524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.080922212471) q[0];
rx(pi*-0.101769126128) q[1];
rx(pi*-0.010125585876) q[2];
rx(pi*0.020942737891) q[3];
rx(pi*-0.024245110639) q[4];
rx(pi*-0.006138617694) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
