// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rz(pi*0.00412141589) q[0];
rz(pi*0.002962863728) q[1];
rz(pi*0.007258753896) q[2];
rz(pi*0.000333639363) q[3];
rz(pi*0.001500348138) q[4];
rz(pi*-0.0043133697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003499557107) q[0];
rz(pi*-0.001341919025) q[1];
rz(pi*0.003902201799) q[2];
rz(pi*-0.003360301883) q[3];
rz(pi*0.00152585433) q[4];
rz(pi*-0.002703690066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002933448855) q[0];
rz(pi*-0.00154213517) q[1];
rz(pi*0.010304076743) q[2];
rz(pi*8.570042e-05) q[3];
rz(pi*-0.004332586426) q[4];
rz(pi*0.003273173689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000608769143) q[0];
rz(pi*-0.002786576664) q[1];
rz(pi*0.004025880398) q[2];
rz(pi*-0.003397915948) q[3];
rz(pi*-0.003166920373) q[4];
rz(pi*-0.005208175174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.1698932e-05) q[0];
rz(pi*-0.001803969168) q[1];
rz(pi*0.001339395057) q[2];
rz(pi*0.006002127747) q[3];
rz(pi*-0.004270329133) q[4];
rz(pi*-0.000785463158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
