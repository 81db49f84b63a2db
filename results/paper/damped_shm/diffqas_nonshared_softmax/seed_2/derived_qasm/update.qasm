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
ry(pi*0.037677884783) q[0];
ry(pi*-0.002488561044) q[1];
ry(pi*-0.028281026731) q[2];
ry(pi*0.039969498627) q[3];
ry(pi*-0.047537073122) q[4];
ry(pi*0.032829641012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035200326153) q[0];
ry(pi*-0.134975570652) q[1];
ry(pi*0.426696526466) q[2];
ry(pi*0.005854191304) q[3];
ry(pi*0.002616807036) q[4];
ry(pi*0.008439392411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013957581689) q[0];
ry(pi*-0.178013323063) q[1];
ry(pi*0.190422941984) q[2];
ry(pi*0.003354646818) q[3];
ry(pi*-0.063983561516) q[4];
ry(pi*0.039026206814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003537665057) q[0];
ry(pi*0.260084098247) q[1];
ry(pi*-0.150756352761) q[2];
ry(pi*-0.479455032563) q[3];
ry(pi*0.502516255604) q[4];
ry(pi*0.009454070966) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011335773259) q[0];
ry(pi*0.016911374073) q[1];
ry(pi*-0.019248230805) q[2];
ry(pi*0.025678413978) q[3];
ry(pi*-0.049447107064) q[4];
ry(pi*-0.002661588946) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
