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
rx(pi*-0.115838888931) q[0];
rx(pi*-0.256637205337) q[1];
rx(pi*0.128114010044) q[2];
rx(pi*0.056266102313) q[3];
rx(pi*0.044838489097) q[4];
rx(pi*0.006716481936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.414165519906) q[0];
rx(pi*-0.32775330573) q[1];
rx(pi*0.083697365762) q[2];
rx(pi*0.048599940678) q[3];
rx(pi*0.047939755462) q[4];
rx(pi*0.005263206222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.188678777289) q[0];
rx(pi*-0.208153430051) q[1];
rx(pi*0.124813520341) q[2];
rx(pi*0.057450888745) q[3];
rx(pi*0.05286250047) q[4];
rx(pi*-0.006216926524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.647206793254) q[0];
rx(pi*-0.365510591462) q[1];
rx(pi*0.078980475067) q[2];
rx(pi*0.066485829777) q[3];
rx(pi*0.045355524931) q[4];
rx(pi*-0.004667651375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.129167946178) q[0];
rx(pi*-0.259462342333) q[1];
rx(pi*0.125863728331) q[2];
rx(pi*0.064485760661) q[3];
rx(pi*0.051979812356) q[4];
rx(pi*0.000167589893) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
