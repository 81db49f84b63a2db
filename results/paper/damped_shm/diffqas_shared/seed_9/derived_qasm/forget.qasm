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
rx(pi*-0.058496789921) q[0];
rx(pi*0.073148873783) q[1];
rx(pi*0.015926201105) q[2];
rx(pi*0.055137574821) q[3];
rx(pi*0.008847568547) q[4];
rx(pi*-0.001440578202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.257635873858) q[0];
rx(pi*0.135668123375) q[1];
rx(pi*0.081674330135) q[2];
rx(pi*0.050239323631) q[3];
rx(pi*-0.001157398085) q[4];
rx(pi*0.004489531959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073344174505) q[0];
rx(pi*0.140705549156) q[1];
rx(pi*0.024191692868) q[2];
rx(pi*0.052945178961) q[3];
rx(pi*0.003115098981) q[4];
rx(pi*0.004432445036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.245500581896) q[0];
rx(pi*0.086872265362) q[1];
rx(pi*0.07953836397) q[2];
rx(pi*0.052604210226) q[3];
rx(pi*0.000465783105) q[4];
rx(pi*0.007458871323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011385434427) q[0];
rx(pi*0.071255777761) q[1];
rx(pi*0.023779621389) q[2];
rx(pi*0.050211903267) q[3];
rx(pi*0.007651107353) q[4];
rx(pi*-0.003728169231) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
