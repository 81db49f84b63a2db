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
ry(pi*-0.138372071945) q[0];
ry(pi*0.063416176753) q[1];
ry(pi*0.112404612898) q[2];
ry(pi*0.119232743525) q[3];
ry(pi*0.104876691446) q[4];
ry(pi*0.418056526894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.093536110966) q[0];
ry(pi*-0.115278234751) q[1];
ry(pi*0.193852531749) q[2];
ry(pi*-0.112368412896) q[3];
ry(pi*-0.025358898677) q[4];
ry(pi*0.094964303522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.143069050741) q[0];
ry(pi*-0.358400402482) q[1];
ry(pi*-0.491658569499) q[2];
ry(pi*0.231957720755) q[3];
ry(pi*-0.10850455591) q[4];
ry(pi*-0.334046034904) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003085890139) q[0];
ry(pi*0.124830149955) q[1];
ry(pi*0.006617791038) q[2];
ry(pi*0.151415475502) q[3];
ry(pi*0.012826292477) q[4];
ry(pi*0.083790199417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029647666949) q[0];
ry(pi*-0.023079356244) q[1];
ry(pi*0.130504747008) q[2];
ry(pi*0.339239179512) q[3];
ry(pi*0.147326117923) q[4];
ry(pi*0.009275947103) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
