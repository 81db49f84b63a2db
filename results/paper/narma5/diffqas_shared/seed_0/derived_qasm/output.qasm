// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.000914783481) q[0];
rz(pi*0.00501149715) q[1];
rz(pi*-0.001377600093) q[2];
rz(pi*-0.002341115966) q[3];
rz(pi*0.000795091531) q[4];
rz(pi*0.003283217091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000512509537) q[0];
rz(pi*-0.00186379617) q[1];
rz(pi*-0.004269234939) q[2];
rz(pi*-0.004461177484) q[3];
rz(pi*0.001600089207) q[4];
rz(pi*0.003150354496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000522965892) q[0];
rz(pi*-0.003419809609) q[1];
rz(pi*0.002778979561) q[2];
rz(pi*-0.00407562042) q[3];
rz(pi*-0.00226976628) q[4];
rz(pi*0.001976761244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007162421548) q[0];
rz(pi*0.001229852563) q[1];
rz(pi*-0.001851420306) q[2];
rz(pi*0.000347848098) q[3];
rz(pi*-0.00024096555) q[4];
rz(pi*0.000643350088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002209617927) q[0];
rz(pi*-0.002413965833) q[1];
rz(pi*0.004523126173) q[2];
rz(pi*0.002311228256) q[3];
rz(pi*0.002685684335) q[4];
rz(pi*0.003707877284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
