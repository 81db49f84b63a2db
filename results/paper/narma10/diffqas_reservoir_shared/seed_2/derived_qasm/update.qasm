// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.966939787297) q[0];
rx(pi*0.9968076733) q[1];
rx(pi*1.825010153773) q[2];
rx(pi*1.993259721418) q[3];
rx(pi*1.083709080802) q[4];
rx(pi*0.172097753141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.533663587821) q[0];
rx(pi*1.333663648029) q[1];
rx(pi*0.192915410822) q[2];
rx(pi*0.635111135362) q[3];
rx(pi*0.871506714612) q[4];
rx(pi*0.212312996283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09152306449) q[0];
rx(pi*0.02056367425) q[1];
rx(pi*1.16855277998) q[2];
rx(pi*1.968389181266) q[3];
rx(pi*1.463676450662) q[4];
rx(pi*1.090014863226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.900223258394) q[0];
rx(pi*0.271805006427) q[1];
rx(pi*0.633041094752) q[2];
rx(pi*0.063575305931) q[3];
rx(pi*1.072495579787) q[4];
rx(pi*0.148210845607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.475919840485) q[0];
rx(pi*1.048722423362) q[1];
rx(pi*0.576352611643) q[2];
rx(pi*0.970651008528) q[3];
rx(pi*0.676697956379) q[4];
rx(pi*1.491677494183) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
