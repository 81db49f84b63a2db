// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002037517615) q[0];
rz(pi*0.000298214) q[1];
rz(pi*-0.002323948742) q[2];
rz(pi*-0.003706993273) q[3];
rz(pi*0.000344266177) q[4];
rz(pi*-0.001747108881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004546404253) q[0];
rz(pi*-0.001539612833) q[1];
rz(pi*0.002749967266) q[2];
rz(pi*0.004183749963) q[3];
rz(pi*0.002668051242) q[4];
rz(pi*0.004586277557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000943394755) q[0];
rz(pi*-0.000231791115) q[1];
rz(pi*-0.002795222901) q[2];
rz(pi*-0.002220420239) q[3];
rz(pi*0.005410881197) q[4];
rz(pi*0.001652670695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002342270191) q[0];
rz(pi*0.008608862922) q[1];
rz(pi*0.006439575276) q[2];
rz(pi*-0.002489597727) q[3];
rz(pi*0.003412375553) q[4];
rz(pi*-0.002135369413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003449990804) q[0];
rz(pi*-0.005730244715) q[1];
rz(pi*-0.002718806899) q[2];
rz(pi*-0.002646611147) q[3];
rz(pi*0.006706299499) q[4];
rz(pi*-0.005398695356) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
