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
rz(pi*0.003905369655) q[0];
rz(pi*-0.001930942207) q[1];
rz(pi*0.002477648453) q[2];
rz(pi*-0.003267528704) q[3];
rz(pi*0.000431566496) q[4];
rz(pi*0.002130919118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000436790079) q[0];
rz(pi*0.000624907318) q[1];
rz(pi*-0.004509132586) q[2];
rz(pi*-0.002141862687) q[3];
rz(pi*0.000406865609) q[4];
rz(pi*-0.003905056308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002793354975) q[0];
rz(pi*0.007679092749) q[1];
rz(pi*0.000743778104) q[2];
rz(pi*-0.002711797951) q[3];
rz(pi*-0.003382423217) q[4];
rz(pi*0.004296954123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009048407532) q[0];
rz(pi*-0.001297849334) q[1];
rz(pi*0.001730303621) q[2];
rz(pi*-0.002087001802) q[3];
rz(pi*0.001353116652) q[4];
rz(pi*-0.003671483404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000389690899) q[0];
rz(pi*-0.00022101061) q[1];
rz(pi*-0.000322191348) q[2];
rz(pi*9.3098143e-05) q[3];
rz(pi*-0.000255561318) q[4];
rz(pi*0.003187172892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
