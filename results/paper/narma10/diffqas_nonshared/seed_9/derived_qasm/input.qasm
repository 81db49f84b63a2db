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
rz(pi*-0.001288736042) q[0];
rz(pi*0.000868498722) q[1];
rz(pi*0.003224065696) q[2];
rz(pi*-0.002180492388) q[3];
rz(pi*0.005323965261) q[4];
rz(pi*0.000873201073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00118701862) q[0];
rz(pi*0.002839017636) q[1];
rz(pi*0.004861545446) q[2];
rz(pi*0.00053241269) q[3];
rz(pi*0.000458747106) q[4];
rz(pi*0.001199687747) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002774317305) q[0];
rz(pi*-0.000395493225) q[1];
rz(pi*0.000191236329) q[2];
rz(pi*0.000832291901) q[3];
rz(pi*-0.000161878892) q[4];
rz(pi*0.001430001488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001938429475) q[0];
rz(pi*-0.005939528945) q[1];
rz(pi*-0.001407822643) q[2];
rz(pi*-0.000953321875) q[3];
rz(pi*0.006195856102) q[4];
rz(pi*0.003573529776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001435039494) q[0];
rz(pi*-0.00135262173) q[1];
rz(pi*-0.003538651047) q[2];
rz(pi*-0.00192809081) q[3];
rz(pi*0.001720982962) q[4];
rz(pi*-0.000306610293) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
