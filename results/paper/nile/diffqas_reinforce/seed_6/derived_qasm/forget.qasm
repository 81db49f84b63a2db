// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.264761108227) q[0];
ry(pi*0.002201361076) q[1];
ry(pi*-0.005274579791) q[2];
ry(pi*-9.1264252e-05) q[3];
ry(pi*0.002470427544) q[4];
ry(pi*0.003935919336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003075496334) q[0];
ry(pi*1.0104374e-05) q[1];
ry(pi*0.000170764067) q[2];
ry(pi*0.0016676688) q[3];
ry(pi*0.000543956495) q[4];
ry(pi*-0.003954437627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000204359078) q[0];
ry(pi*0.000103618068) q[1];
ry(pi*-0.000899987183) q[2];
ry(pi*0.004047371185) q[3];
ry(pi*0.004113611569) q[4];
ry(pi*0.005836684201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.528642e-05) q[0];
ry(pi*7.993024e-06) q[1];
ry(pi*0.030986042517) q[2];
ry(pi*-0.002289304653) q[3];
ry(pi*0.000258819832) q[4];
ry(pi*0.000895838229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003034828843) q[0];
ry(pi*-6.4434578e-05) q[1];
ry(pi*0.003649496064) q[2];
ry(pi*-0.002744466058) q[3];
ry(pi*0.003846530717) q[4];
ry(pi*0.001255882061) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
