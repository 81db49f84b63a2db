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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.071437081338) q[0];
rx(pi*0.010390271121) q[1];
rx(pi*-0.008535840374) q[2];
rx(pi*0.171591787906) q[3];
rx(pi*-0.164861053879) q[4];
rx(pi*-0.061432115892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.121614534839) q[0];
rx(pi*0.161496654476) q[1];
rx(pi*-0.040669137671) q[2];
rx(pi*-0.026191529568) q[3];
rx(pi*0.073212783484) q[4];
rx(pi*-0.040449409536) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.187116409462) q[0];
rx(pi*-0.025372710838) q[1];
rx(pi*0.086914792775) q[2];
rx(pi*-0.09027471461) q[3];
rx(pi*-0.006178633591) q[4];
rx(pi*0.292644274067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.039843102181) q[0];
rx(pi*-0.15218011518) q[1];
rx(pi*0.185009542748) q[2];
rx(pi*0.051886566045) q[3];
rx(pi*0.018141363076) q[4];
rx(pi*-0.150502952743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.155504595922) q[0];
rx(pi*-0.006966735442) q[1];
rx(pi*0.004355892964) q[2];
rx(pi*-0.047191456064) q[3];
rx(pi*-0.024647861755) q[4];
rx(pi*-0.000219856756) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
