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
rx(pi*0.003614492234) q[0];
rx(pi*-0.006776040355) q[1];
rx(pi*-0.003995763532) q[2];
rx(pi*-0.004544609846) q[3];
rx(pi*0.000805348153) q[4];
rx(pi*0.004095982922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002200815461) q[0];
rx(pi*0.000463014344) q[1];
rx(pi*-0.008302463126) q[2];
rx(pi*0.005429250374) q[3];
rx(pi*-0.000470368544) q[4];
rx(pi*-0.00035322324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006085062963) q[0];
rx(pi*-0.007728493041) q[1];
rx(pi*0.015133871888) q[2];
rx(pi*-0.113964846291) q[3];
rx(pi*0.011542808626) q[4];
rx(pi*-0.110177468451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001214797391) q[0];
rx(pi*-0.000460491969) q[1];
rx(pi*-0.005819270776) q[2];
rx(pi*-0.003750278707) q[3];
rx(pi*0.000541275668) q[4];
rx(pi*0.003434046285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000411074446) q[0];
rx(pi*0.001960280152) q[1];
rx(pi*0.003134266199) q[2];
rx(pi*-0.001860461117) q[3];
rx(pi*0.001534778636) q[4];
rx(pi*0.004002561705) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
