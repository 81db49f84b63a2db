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
rz(pi*0.014619349943) q[0];
rz(pi*0.024774642399) q[1];
rz(pi*-0.011563619358) q[2];
rz(pi*0.0217213842) q[3];
rz(pi*0.004057855703) q[4];
rz(pi*-0.002204949445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.012590173074) q[0];
rz(pi*-0.011540257977) q[1];
rz(pi*0.022953448347) q[2];
rz(pi*-0.010956047944) q[3];
rz(pi*-0.020109834267) q[4];
rz(pi*-0.002568203007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011442542397) q[0];
rz(pi*0.023132624605) q[1];
rz(pi*-0.017680866031) q[2];
rz(pi*-0.011003050555) q[3];
rz(pi*0.006812331664) q[4];
rz(pi*-0.005047605846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014448635531) q[0];
rz(pi*0.007539276642) q[1];
rz(pi*-0.023315052317) q[2];
rz(pi*-0.003948084128) q[3];
rz(pi*-0.013341580446) q[4];
rz(pi*-0.002713705601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.010249673575) q[0];
rz(pi*0.017885776449) q[1];
rz(pi*-0.008154567) q[2];
rz(pi*0.011731504459) q[3];
rz(pi*-0.011495315095) q[4];
rz(pi*0.000607718379) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
