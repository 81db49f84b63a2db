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
rx(pi*0.002168686892) q[0];
rx(pi*0.001096322735) q[1];
rx(pi*0.004913105963) q[2];
rx(pi*0.011134643161) q[3];
rx(pi*0.015884852373) q[4];
rx(pi*-0.004712720545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002666180647) q[0];
rx(pi*0.004216836657) q[1];
rx(pi*-0.006687304814) q[2];
rx(pi*-0.006213197194) q[3];
rx(pi*-0.005251009117) q[4];
rx(pi*-0.0008045616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005605846931) q[0];
rx(pi*0.000121698569) q[1];
rx(pi*-0.00368665923) q[2];
rx(pi*-0.008673006817) q[3];
rx(pi*0.000750934017) q[4];
rx(pi*0.017013749834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004743984372) q[0];
rx(pi*0.000210273814) q[1];
rx(pi*0.012789934763) q[2];
rx(pi*0.002949846348) q[3];
rx(pi*-0.001875129423) q[4];
rx(pi*0.003135082917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004059402278) q[0];
rx(pi*0.0017902996) q[1];
rx(pi*-0.00723018153) q[2];
rx(pi*-0.010284613075) q[3];
rx(pi*0.002070443929) q[4];
rx(pi*0.000700902659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
