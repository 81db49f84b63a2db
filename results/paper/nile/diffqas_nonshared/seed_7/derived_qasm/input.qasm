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
rx(pi*0.145287572075) q[0];
rx(pi*-0.166257353246) q[1];
rx(pi*0.053402645111) q[2];
rx(pi*0.013906986115) q[3];
rx(pi*0.015956907311) q[4];
rx(pi*-0.002587688611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062161304991) q[0];
rx(pi*-0.039212751612) q[1];
rx(pi*-0.060181062395) q[2];
rx(pi*0.014316115632) q[3];
rx(pi*0.016115455449) q[4];
rx(pi*0.004663302762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.195275430907) q[0];
rx(pi*-0.192635467929) q[1];
rx(pi*0.056094934927) q[2];
rx(pi*0.009037973114) q[3];
rx(pi*0.028917669138) q[4];
rx(pi*0.005023066376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006220745976) q[0];
rx(pi*0.027001179718) q[1];
rx(pi*-0.085561590005) q[2];
rx(pi*0.020965872785) q[3];
rx(pi*0.0125067084) q[4];
rx(pi*-0.00216778702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101589302425) q[0];
rx(pi*-0.063397294125) q[1];
rx(pi*0.056898810247) q[2];
rx(pi*0.012718201176) q[3];
rx(pi*0.027957534268) q[4];
rx(pi*-0.002278489446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
