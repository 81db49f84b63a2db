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
rz(pi*0.004851412516) q[0];
rz(pi*-0.002938518729) q[1];
rz(pi*-0.001442883095) q[2];
rz(pi*-0.002491672871) q[3];
rz(pi*-0.004460095148) q[4];
rz(pi*0.001981777164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351335777) q[0];
rz(pi*-0.002177955375) q[1];
rz(pi*0.003000939365) q[2];
rz(pi*0.002754058857) q[3];
rz(pi*-0.001978054652) q[4];
rz(pi*-0.004163618692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331849662) q[0];
rz(pi*-0.005086164991) q[1];
rz(pi*-0.003216280051) q[2];
rz(pi*-0.001234330279) q[3];
rz(pi*-0.000503344143) q[4];
rz(pi*-0.001767352654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462647192) q[0];
rz(pi*0.004399170987) q[1];
rz(pi*0.001996204605) q[2];
rz(pi*0.004390213479) q[3];
rz(pi*0.002852150038) q[4];
rz(pi*0.0007384206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863773684) q[0];
rz(pi*-0.004252897328) q[1];
rz(pi*-6.5524978e-05) q[2];
rz(pi*-0.001300638476) q[3];
rz(pi*-0.00297474304) q[4];
rz(pi*0.001304130351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
