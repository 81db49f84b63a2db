// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.050231729789) q[0];
rx(pi*0.097056580192) q[1];
rx(pi*0.038351014155) q[2];
rx(pi*-0.015411054245) q[3];
rx(pi*0.0063162287) q[4];
rx(pi*-0.004963740372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166967180655) q[0];
rx(pi*0.100133637331) q[1];
rx(pi*0.038743581649) q[2];
rx(pi*-0.010839334715) q[3];
rx(pi*-0.001592257464) q[4];
rx(pi*-0.000215607583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01377098353) q[0];
rx(pi*0.092796799907) q[1];
rx(pi*0.041000776557) q[2];
rx(pi*-0.008678907342) q[3];
rx(pi*0.000960160883) q[4];
rx(pi*-0.001812202896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.217860494899) q[0];
rx(pi*0.119200205263) q[1];
rx(pi*0.042412899195) q[2];
rx(pi*-0.014298733037) q[3];
rx(pi*-0.001660410983) q[4];
rx(pi*0.000593534471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029625004002) q[0];
rx(pi*0.090003015377) q[1];
rx(pi*0.031948506292) q[2];
rx(pi*-0.008446967873) q[3];
rx(pi*-0.001875602407) q[4];
rx(pi*0.006587667058) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
