// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
ry(0) q[0];
ry(0) q[1];
ry(pi*-0.000201832498) q[2];
ry(pi*0.006749416847) q[3];
ry(pi*0.002303017799) q[4];
ry(pi*-0.001997011243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-8.5e-11) q[2];
ry(pi*-3.119129e-06) q[3];
ry(pi*0.000829985378) q[4];
ry(pi*-0.003375431463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-5.52178e-07) q[2];
ry(pi*-8.4761779e-05) q[3];
ry(pi*-0.00240266934) q[4];
ry(pi*-0.00044129429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-1.7909e-08) q[2];
ry(pi*-4.92044e-06) q[3];
ry(pi*-0.000854902302) q[4];
ry(pi*0.002937164252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*0.000201828922) q[2];
ry(pi*-0.002219376589) q[3];
ry(pi*9.9633949e-05) q[4];
ry(pi*-0.000848709257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
