// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.006450226102) q[0];
rx(pi*0.350818247429) q[1];
rx(pi*-0.131670963863) q[2];
rx(pi*0.002698170479) q[3];
rx(pi*0.01099617412) q[4];
rx(pi*0.004391628431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.243219090013) q[0];
rx(pi*0.24064352054) q[1];
rx(pi*-0.035616775594) q[2];
rx(pi*0.011686446555) q[3];
rx(pi*0.002886338929) q[4];
rx(pi*0.003635882525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004474724322) q[0];
rx(pi*0.255067551975) q[1];
rx(pi*-0.132761137946) q[2];
rx(pi*0.008966976499) q[3];
rx(pi*0.003024521601) q[4];
rx(pi*0.000786924726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.254585454456) q[0];
rx(pi*0.306532875589) q[1];
rx(pi*-0.039787206095) q[2];
rx(pi*0.010722978411) q[3];
rx(pi*0.005539007126) q[4];
rx(pi*-0.00699713927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008664371253) q[0];
rx(pi*0.345966498444) q[1];
rx(pi*-0.142430978263) q[2];
rx(pi*0.006381181309) q[3];
rx(pi*0.005720285209) q[4];
rx(pi*-0.002314332079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
