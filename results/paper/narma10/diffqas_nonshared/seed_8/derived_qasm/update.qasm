// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.020881010056) q[0];
ry(pi*0.002265389505) q[1];
ry(pi*0.192364271474) q[2];
ry(pi*6.1034088e-05) q[3];
ry(pi*-0.499858932562) q[4];
ry(pi*-0.05507098522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013568245491) q[0];
ry(pi*0.311040022559) q[1];
ry(pi*0.139400954566) q[2];
ry(pi*0.304737636257) q[3];
ry(pi*0.303839731999) q[4];
ry(pi*0.316152115588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008222773435) q[0];
ry(pi*0.011924076663) q[1];
ry(pi*-0.009222511544) q[2];
ry(pi*0.010009776224) q[3];
ry(pi*-0.000213979725) q[4];
ry(pi*-0.105239070926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01782597672) q[0];
ry(pi*1.5720848e-05) q[1];
ry(pi*-0.012824805488) q[2];
ry(pi*-0.006518526808) q[3];
ry(pi*0.047688266949) q[4];
ry(pi*0.139564234032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028045731457) q[0];
ry(pi*0.00991296185) q[1];
ry(pi*0.028475936139) q[2];
ry(pi*0.005260462881) q[3];
ry(pi*0.000658923453) q[4];
ry(pi*0.00378382549) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
