// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.005161080071) q[0];
rx(pi*-0.037186035271) q[1];
rx(pi*0.250842966137) q[2];
rx(pi*0.164956847282) q[3];
rx(pi*-0.039087543335) q[4];
rx(pi*-0.015223737493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.022238021606) q[0];
rx(pi*0.115758083999) q[1];
rx(pi*-0.063312139691) q[2];
rx(pi*0.072944527804) q[3];
rx(pi*0.005131767769) q[4];
rx(pi*0.041648970996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.013359278463) q[0];
rx(pi*0.194836970708) q[1];
rx(pi*-0.007344549846) q[2];
rx(pi*0.240181894616) q[3];
rx(pi*0.031697643879) q[4];
rx(pi*0.312863265667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000756699657) q[0];
rx(pi*-0.010224958013) q[1];
rx(pi*0.009655495141) q[2];
rx(pi*0.14249168157) q[3];
rx(pi*0.120955952821) q[4];
rx(pi*-0.05220184568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.062516171263) q[0];
rx(pi*0.004562779809) q[1];
rx(pi*0.109254264035) q[2];
rx(pi*0.044287909445) q[3];
rx(pi*0.021533089165) q[4];
rx(pi*0.003302070073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
