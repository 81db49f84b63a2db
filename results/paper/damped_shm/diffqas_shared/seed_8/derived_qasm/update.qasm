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
ry(pi*-0.062575143306) q[0];
ry(pi*0.125407253508) q[1];
ry(pi*0.014721112647) q[2];
ry(pi*-0.009850000786) q[3];
ry(pi*-0.085127806588) q[4];
ry(pi*-0.007547637102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.165875982044) q[0];
ry(pi*-0.306669327591) q[1];
ry(pi*-0.262112911077) q[2];
ry(pi*-0.001376072935) q[3];
ry(pi*-0.006475474679) q[4];
ry(pi*0.022318136404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.101380488364) q[0];
ry(pi*-0.161543725863) q[1];
ry(pi*-0.238601616515) q[2];
ry(pi*-0.023878514465) q[3];
ry(pi*0.002021369138) q[4];
ry(pi*0.29600425282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022052899763) q[0];
ry(pi*0.379263594756) q[1];
ry(pi*0.129792889515) q[2];
ry(pi*0.509104731968) q[3];
ry(pi*0.49814759072) q[4];
ry(pi*0.014057045133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000595074191) q[0];
ry(pi*-0.010713726825) q[1];
ry(pi*0.12189364293) q[2];
ry(pi*0.015412345578) q[3];
ry(pi*0.110630670475) q[4];
ry(pi*0.002808555407) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
