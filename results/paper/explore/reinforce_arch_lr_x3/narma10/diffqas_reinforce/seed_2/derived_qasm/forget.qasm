// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000601767495) q[0];
rx(pi*-0.001663956664) q[1];
rx(pi*-0.001314819568) q[2];
rx(pi*-0.007771428962) q[3];
rx(pi*0.005728647447) q[4];
rx(pi*0.003641998865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035861257) q[0];
rx(pi*0.002463106287) q[1];
rx(pi*0.000895127121) q[2];
rx(pi*-0.001762871973) q[3];
rx(pi*0.003111695151) q[4];
rx(pi*-0.000988531663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046682171) q[0];
rx(pi*-0.002521476686) q[1];
rx(pi*0.001448177381) q[2];
rx(pi*-0.000315750396) q[3];
rx(pi*0.001735709965) q[4];
rx(pi*-0.001932728313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403701458) q[0];
rx(pi*-0.002840199282) q[1];
rx(pi*0.002678466687) q[2];
rx(pi*0.000598535495) q[3];
rx(pi*0.001052237629) q[4];
rx(pi*0.001306672699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217343118) q[0];
rx(pi*0.00249294197) q[1];
rx(pi*0.006546688888) q[2];
rx(pi*-0.005215325529) q[3];
rx(pi*-0.005504887604) q[4];
rx(pi*-0.004790026487) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
