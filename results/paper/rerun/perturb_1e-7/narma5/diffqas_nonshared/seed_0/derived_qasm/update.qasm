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
rz(pi*-0.004322036392) q[0];
rz(pi*-0.000366286496) q[1];
rz(pi*0.001253343715) q[2];
rz(pi*0.002745522306) q[3];
rz(pi*0.006493840892) q[4];
rz(pi*-0.000848033278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204477267) q[0];
rz(pi*0.000349290731) q[1];
rz(pi*0.000884382321) q[2];
rz(pi*-0.002755729052) q[3];
rz(pi*0.001321430384) q[4];
rz(pi*0.006342115236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839524355) q[0];
rz(pi*0.001842699216) q[1];
rz(pi*0.001481058042) q[2];
rz(pi*0.00171005466) q[3];
rz(pi*-0.005728032612) q[4];
rz(pi*-0.002812827832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00254753457) q[0];
rz(pi*-0.001566417916) q[1];
rz(pi*-0.002211474143) q[2];
rz(pi*-0.004493807646) q[3];
rz(pi*0.000961926683) q[4];
rz(pi*-0.003117674531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00940542069) q[0];
rz(pi*0.00124230958) q[1];
rz(pi*0.001844900648) q[2];
rz(pi*0.001079864543) q[3];
rz(pi*-0.002786884082) q[4];
rz(pi*-0.001599547298) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
