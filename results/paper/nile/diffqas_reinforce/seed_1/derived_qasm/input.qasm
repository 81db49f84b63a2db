// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.000245796412) q[0];
rz(pi*0.00656437801) q[1];
rz(pi*0.002886054931) q[2];
rz(pi*0.000969301968) q[3];
rz(pi*0.002086730551) q[4];
rz(pi*-0.003029464595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005832550514) q[0];
rz(pi*-0.000897784862) q[1];
rz(pi*-0.006960914959) q[2];
rz(pi*0.002504204964) q[3];
rz(pi*0.002848683361) q[4];
rz(pi*-0.004178015747) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002772094529) q[0];
rz(pi*-0.005163469452) q[1];
rz(pi*-0.000521274427) q[2];
rz(pi*0.004288143654) q[3];
rz(pi*-0.000509489683) q[4];
rz(pi*0.00436478555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002065921745) q[0];
rz(pi*0.004765728623) q[1];
rz(pi*-0.002703801234) q[2];
rz(pi*0.00294097896) q[3];
rz(pi*-0.002143008908) q[4];
rz(pi*-0.000948084211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001169239155) q[0];
rz(pi*0.007602964599) q[1];
rz(pi*0.00064997847) q[2];
rz(pi*-0.007153050789) q[3];
rz(pi*-0.00308907015) q[4];
rz(pi*0.00151449914) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
