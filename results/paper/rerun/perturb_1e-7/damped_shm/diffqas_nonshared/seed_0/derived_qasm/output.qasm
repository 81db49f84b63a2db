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
rx(pi*-0.172154880085) q[0];
rx(pi*-0.095097112755) q[1];
rx(pi*-0.0474110087) q[2];
rx(pi*-0.080847118335) q[3];
rx(pi*-0.037390025512) q[4];
rx(pi*-0.001515148808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.120500398176) q[0];
rx(pi*-0.148150768402) q[1];
rx(pi*0.172739752978) q[2];
rx(pi*-0.078641441552) q[3];
rx(pi*-0.036728832369) q[4];
rx(pi*0.00197343123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00048431029) q[0];
rx(pi*0.101663817892) q[1];
rx(pi*-0.056573688499) q[2];
rx(pi*-0.070481001893) q[3];
rx(pi*-0.035381418659) q[4];
rx(pi*0.00099068003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.088976067976) q[0];
rx(pi*-0.087829677642) q[1];
rx(pi*0.162986963807) q[2];
rx(pi*-0.069810685231) q[3];
rx(pi*-0.034472005058) q[4];
rx(pi*-0.002947709839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.112475305356) q[0];
rx(pi*-0.090030193838) q[1];
rx(pi*-0.051364568837) q[2];
rx(pi*-0.074283297057) q[3];
rx(pi*-0.025808941739) q[4];
rx(pi*-0.000664378415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
