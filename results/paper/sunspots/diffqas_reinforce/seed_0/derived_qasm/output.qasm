// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00414379721) q[0];
rz(pi*0.000864107124) q[1];
rz(pi*0.006832764128) q[2];
rz(pi*0.002519784554) q[3];
rz(pi*0.001180531793) q[4];
rz(pi*0.003997434616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003728627541) q[0];
rz(pi*-0.005157224453) q[1];
rz(pi*-0.002559340065) q[2];
rz(pi*-0.000718708953) q[3];
rz(pi*0.000908618524) q[4];
rz(pi*0.000895698157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004912660103) q[0];
rz(pi*0.001201791572) q[1];
rz(pi*0.001424569354) q[2];
rz(pi*-0.002862384649) q[3];
rz(pi*-0.003719015176) q[4];
rz(pi*0.001815497928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001409081366) q[0];
rz(pi*0.002705271919) q[1];
rz(pi*0.003223013598) q[2];
rz(pi*0.001197486389) q[3];
rz(pi*-0.004564918393) q[4];
rz(pi*-0.002835318246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005824373853) q[0];
rz(pi*-0.001621350691) q[1];
rz(pi*-0.002832416305) q[2];
rz(pi*0.004976923468) q[3];
rz(pi*0.002052911924) q[4];
rz(pi*-0.000791298834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
