// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.038421082884) q[0];
rz(pi*-0.063275133346) q[1];
rz(pi*-0.051153776867) q[2];
rz(pi*-0.033888495831) q[3];
rz(pi*-0.031366543344) q[4];
rz(pi*-0.040349461102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.031680267213) q[0];
rz(pi*-0.029502174434) q[1];
rz(pi*-0.014068084901) q[2];
rz(pi*0.007368545036) q[3];
rz(pi*-0.005862693467) q[4];
rz(pi*-0.018711226154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.034101040409) q[0];
rz(pi*-0.061590680631) q[1];
rz(pi*-0.021092605997) q[2];
rz(pi*-0.028837371726) q[3];
rz(pi*0.011068546851) q[4];
rz(pi*-0.034220025624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025780771952) q[0];
rz(pi*-0.023538235863) q[1];
rz(pi*-0.015310603033) q[2];
rz(pi*-0.00662558113) q[3];
rz(pi*-0.040365825096) q[4];
rz(pi*-0.069641571644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.081238118206) q[0];
rz(pi*-0.12323227463) q[1];
rz(pi*-0.104800620214) q[2];
rz(pi*-0.027957323196) q[3];
rz(pi*-0.162185137544) q[4];
rz(pi*0.002043292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
