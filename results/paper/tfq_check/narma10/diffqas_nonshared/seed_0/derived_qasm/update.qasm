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
rz(pi*0.004833975375) q[0];
rz(pi*-0.002936445363) q[1];
rz(pi*-0.001449920502) q[2];
rz(pi*-0.002498228845) q[3];
rz(pi*-0.004462456662) q[4];
rz(pi*0.00198821026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003339541546) q[0];
rz(pi*-0.002177945593) q[1];
rz(pi*0.003003736659) q[2];
rz(pi*0.002753886027) q[3];
rz(pi*-0.001980643246) q[4];
rz(pi*-0.004165802337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000326666359) q[0];
rz(pi*-0.005054160338) q[1];
rz(pi*-0.003217650239) q[2];
rz(pi*-0.001229338298) q[3];
rz(pi*-0.000500741319) q[4];
rz(pi*-0.001768073619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000463278665) q[0];
rz(pi*0.004400240576) q[1];
rz(pi*0.001996074908) q[2];
rz(pi*0.00438668099) q[3];
rz(pi*0.002852635622) q[4];
rz(pi*0.000736154839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863197387) q[0];
rz(pi*-0.004250108334) q[1];
rz(pi*-5.2993576e-05) q[2];
rz(pi*-0.001297622106) q[3];
rz(pi*-0.002974953222) q[4];
rz(pi*0.001305220691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
