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
rx(pi*0.115900692657) q[0];
rx(pi*0.052249879934) q[1];
rx(pi*0.00233274854) q[2];
rx(pi*-0.027914966537) q[3];
rx(pi*0.005174679974) q[4];
rx(pi*0.006138633109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.129073243708) q[0];
rx(pi*0.028972903549) q[1];
rx(pi*0.013679349902) q[2];
rx(pi*-0.02482810523) q[3];
rx(pi*0.004189332991) q[4];
rx(pi*-0.00529816351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027451462311) q[0];
rx(pi*0.05715668309) q[1];
rx(pi*0.012532160341) q[2];
rx(pi*-0.031231310342) q[3];
rx(pi*-0.001354300225) q[4];
rx(pi*-0.000174005832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152200387561) q[0];
rx(pi*0.054685923819) q[1];
rx(pi*0.009316044819) q[2];
rx(pi*-0.026403033016) q[3];
rx(pi*0.011439263669) q[4];
rx(pi*0.000664625876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.075898679484) q[0];
rx(pi*0.052038106124) q[1];
rx(pi*-0.002287455996) q[2];
rx(pi*-0.02419824558) q[3];
rx(pi*0.009536571587) q[4];
rx(pi*-0.003395473207) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
