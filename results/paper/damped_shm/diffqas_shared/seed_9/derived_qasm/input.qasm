// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018066934173) q[0];
ry(pi*-0.005819446867) q[1];
ry(pi*-0.001044911703) q[2];
ry(pi*-0.001233730933) q[3];
ry(pi*0.231180236527) q[4];
ry(pi*0.083016016447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039629295916) q[0];
ry(pi*0.119372307057) q[1];
ry(pi*0.001451736401) q[2];
ry(pi*0.111308509832) q[3];
ry(pi*0.014288136758) q[4];
ry(pi*0.007638517157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000809898278) q[0];
ry(pi*-0.015727608612) q[1];
ry(pi*0.021292196931) q[2];
ry(pi*0.008587005131) q[3];
ry(pi*0.000427497212) q[4];
ry(pi*0.007413211627) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.367421260991) q[0];
ry(pi*-0.502862470304) q[1];
ry(pi*0.383536864665) q[2];
ry(pi*0.006072514862) q[3];
ry(pi*0.052686144037) q[4];
ry(pi*-0.000609723228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006608483127) q[0];
ry(pi*-0.211772538592) q[1];
ry(pi*0.230637160597) q[2];
ry(pi*0.480244336813) q[3];
ry(pi*0.505361484739) q[4];
ry(pi*-0.001951450265) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
