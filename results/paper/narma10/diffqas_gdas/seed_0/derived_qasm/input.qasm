// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00382741686) q[0];
rx(pi*-0.000751208232) q[1];
rx(pi*-0.000290178226) q[2];
rx(pi*-0.001373451435) q[3];
rx(pi*0.006361500641) q[4];
rx(pi*-0.004088062985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000646398401) q[0];
rx(pi*0.004393768794) q[1];
rx(pi*-0.000754551364) q[2];
rx(pi*-0.001055367021) q[3];
rx(pi*0.000753845296) q[4];
rx(pi*0.0016890041) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00121300958) q[0];
rx(pi*0.01413511799) q[1];
rx(pi*0.014776558131) q[2];
rx(pi*0.017446454175) q[3];
rx(pi*0.009695592858) q[4];
rx(pi*-0.000593580236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002802188271) q[0];
rx(pi*0.002256303041) q[1];
rx(pi*0.000163307055) q[2];
rx(pi*0.001528104972) q[3];
rx(pi*0.002539139425) q[4];
rx(pi*-0.00199186029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003219054816) q[0];
rx(pi*-0.003667400706) q[1];
rx(pi*0.00593165229) q[2];
rx(pi*-0.003349408561) q[3];
rx(pi*-0.000753846852) q[4];
rx(pi*-0.000590394889) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
