// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.000289629925) q[0];
ry(pi*-0.031957027427) q[1];
ry(pi*-0.019211603916) q[2];
ry(pi*0.016114311155) q[3];
ry(pi*-0.461786775109) q[4];
ry(pi*0.501859570861) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013243902812) q[0];
ry(pi*0.129972931404) q[1];
ry(pi*-0.043770427752) q[2];
ry(pi*0.007292099685) q[3];
ry(pi*0.004285293591) q[4];
ry(pi*0.001787275225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.113309973446) q[0];
ry(pi*0.001722654788) q[1];
ry(pi*-0.534569840087) q[2];
ry(pi*-0.011068597841) q[3];
ry(pi*-0.420569694999) q[4];
ry(pi*0.01132187335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.507331045677) q[0];
ry(pi*0.007190537381) q[1];
ry(pi*-0.01146233453) q[2];
ry(pi*0.10432591258) q[3];
ry(pi*-0.003956722064) q[4];
ry(pi*-0.054803108995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.124751498429) q[0];
ry(pi*-0.153196788838) q[1];
ry(pi*-0.464883886443) q[2];
ry(pi*-0.363635211243) q[3];
ry(pi*-0.002762502619) q[4];
ry(pi*-0.002454250757) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
