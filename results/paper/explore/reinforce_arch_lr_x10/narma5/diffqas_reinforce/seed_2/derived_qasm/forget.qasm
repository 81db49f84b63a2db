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
ry(pi*-0.160075519783) q[0];
ry(pi*0.104374055927) q[1];
ry(pi*0.101036967794) q[2];
ry(pi*-0.084165546771) q[3];
ry(pi*0.017910710197) q[4];
ry(pi*-0.000737249255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.141257703546) q[0];
ry(pi*0.252251180389) q[1];
ry(pi*-0.064454142577) q[2];
ry(pi*0.044715251614) q[3];
ry(pi*-0.058826588451) q[4];
ry(pi*-0.001358099814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.136576548021) q[0];
ry(pi*0.170853729048) q[1];
ry(pi*0.255734652757) q[2];
ry(pi*0.193742489812) q[3];
ry(pi*0.150093359579) q[4];
ry(pi*0.001812351861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.144980649935) q[0];
ry(pi*0.062505551268) q[1];
ry(pi*-0.10115394427) q[2];
ry(pi*-0.161299622491) q[3];
ry(pi*0.065064728286) q[4];
ry(pi*0.003730975715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.099234442927) q[0];
ry(pi*0.078842846755) q[1];
ry(pi*0.117048591324) q[2];
ry(pi*-0.140605458426) q[3];
ry(pi*0.115749119376) q[4];
ry(pi*-0.002454333911) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
