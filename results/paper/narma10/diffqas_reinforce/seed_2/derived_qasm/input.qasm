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
rx(pi*0.001030458693) q[0];
rx(pi*-0.001177367717) q[1];
rx(pi*0.001637021587) q[2];
rx(pi*-0.002876705813) q[3];
rx(pi*0.001404204777) q[4];
rx(pi*-0.001259485549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000164921702) q[0];
rx(pi*0.003793993697) q[1];
rx(pi*-0.001104199686) q[2];
rx(pi*0.004090889628) q[3];
rx(pi*0.0042659571) q[4];
rx(pi*-0.002449780748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006842712369) q[0];
rx(pi*-0.000516785482) q[1];
rx(pi*0.004723874445) q[2];
rx(pi*0.009440595572) q[3];
rx(pi*-0.001881436231) q[4];
rx(pi*0.006555871697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003687239381) q[0];
rx(pi*-0.000649009452) q[1];
rx(pi*0.00031428427) q[2];
rx(pi*7.4823403e-05) q[3];
rx(pi*-0.001345436246) q[4];
rx(pi*0.003219423005) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001429635967) q[0];
rx(pi*-0.000106222207) q[1];
rx(pi*0.001213650133) q[2];
rx(pi*0.002776259936) q[3];
rx(pi*0.003591374831) q[4];
rx(pi*-0.004733818537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
