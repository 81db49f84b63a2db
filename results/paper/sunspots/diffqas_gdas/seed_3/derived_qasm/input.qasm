// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rz(pi*0.000838085556) q[0];
rz(pi*0.004642679979) q[1];
rz(pi*-0.000122141806) q[2];
rz(pi*0.001332733992) q[3];
rz(pi*0.008295595584) q[4];
rz(pi*1.384349e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000225572389) q[0];
rz(pi*-0.003084662247) q[1];
rz(pi*-0.00198155379) q[2];
rz(pi*0.004841641847) q[3];
rz(pi*-0.00033166238) q[4];
rz(pi*-0.003667185484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002857433948) q[0];
rz(pi*0.00012446846) q[1];
rz(pi*0.002539356426) q[2];
rz(pi*-0.002267456348) q[3];
rz(pi*0.00236938121) q[4];
rz(pi*-0.001458748017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00122483479) q[0];
rz(pi*0.001741573433) q[1];
rz(pi*0.002017454231) q[2];
rz(pi*-0.001294688445) q[3];
rz(pi*-0.000463086159) q[4];
rz(pi*0.001681885021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004052827925) q[0];
rz(pi*0.000608267847) q[1];
rz(pi*0.001689546009) q[2];
rz(pi*0.003371686717) q[3];
rz(pi*-7.4469985e-05) q[4];
rz(pi*-0.000547497284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
