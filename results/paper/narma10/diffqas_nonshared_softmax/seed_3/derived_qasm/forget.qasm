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
rz(pi*0.001948537948) q[0];
rz(pi*-0.000280986875) q[1];
rz(pi*-0.001340913469) q[2];
rz(pi*0.001228016134) q[3];
rz(pi*0.000273426976) q[4];
rz(pi*0.004015823656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000931326086) q[0];
rz(pi*-0.001142205731) q[1];
rz(pi*-0.001759308506) q[2];
rz(pi*0.001124492596) q[3];
rz(pi*-0.001828952867) q[4];
rz(pi*0.005644374652) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002299079324) q[0];
rz(pi*-6.1857425e-05) q[1];
rz(pi*0.001315162411) q[2];
rz(pi*-0.000849042391) q[3];
rz(pi*0.005425487248) q[4];
rz(pi*0.004745595573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000166972334) q[0];
rz(pi*0.006159031778) q[1];
rz(pi*-0.007219042156) q[2];
rz(pi*0.002468924399) q[3];
rz(pi*0.000576885589) q[4];
rz(pi*0.003014511698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000537651836) q[0];
rz(pi*0.00115285011) q[1];
rz(pi*-0.000752205487) q[2];
rz(pi*-0.004178016932) q[3];
rz(pi*-0.002578763416) q[4];
rz(pi*-0.004846356279) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
