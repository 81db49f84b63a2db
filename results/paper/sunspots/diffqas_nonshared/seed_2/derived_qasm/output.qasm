// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.00156094665) q[0];
rx(pi*0.120559659554) q[1];
rx(pi*0.00910264291) q[2];
rx(pi*-0.201970970487) q[3];
rx(pi*0.113019377356) q[4];
rx(pi*0.003328513637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.492495039999) q[0];
rx(pi*0.243963789332) q[1];
rx(pi*-0.305113087961) q[2];
rx(pi*-0.069938547321) q[3];
rx(pi*0.080186269074) q[4];
rx(pi*0.00496907794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.016707600834) q[0];
rx(pi*-0.023534695074) q[1];
rx(pi*0.018622836866) q[2];
rx(pi*-0.072599802465) q[3];
rx(pi*0.107266840255) q[4];
rx(pi*0.002985644069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009160785489) q[0];
rx(pi*0.288706651038) q[1];
rx(pi*-0.04573881238) q[2];
rx(pi*0.037998370065) q[3];
rx(pi*0.079681394771) q[4];
rx(pi*0.00260920934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018031503752) q[0];
rx(pi*-0.129785328875) q[1];
rx(pi*0.00545309141) q[2];
rx(pi*-0.192099354998) q[3];
rx(pi*0.11517673055) q[4];
rx(pi*0.003633012897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
