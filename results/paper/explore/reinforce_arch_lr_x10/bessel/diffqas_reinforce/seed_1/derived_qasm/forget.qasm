// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.110016095746) q[0];
ry(pi*-0.048501064203) q[1];
ry(pi*0.018155815567) q[2];
ry(pi*-4.7907e-08) q[3];
ry(pi*8.568e-09) q[4];
ry(pi*1.4623e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.204137070119) q[0];
ry(pi*0.199843954716) q[1];
ry(pi*-0.011138330989) q[2];
ry(pi*4.977425e-06) q[3];
ry(pi*-4.112e-09) q[4];
ry(pi*1.8018e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.130677332608) q[0];
ry(pi*-0.011567155404) q[1];
ry(pi*-0.03582029863) q[2];
ry(pi*-3.638887e-06) q[3];
ry(pi*-3.81329e-07) q[4];
ry(pi*-5.8291e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.292885721254) q[0];
ry(pi*0.304564073561) q[1];
ry(pi*0.479598959827) q[2];
ry(pi*5.649408e-06) q[3];
ry(pi*-0.003886755018) q[4];
ry(pi*-0.000765549925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.13043881671) q[0];
ry(pi*-0.045722903731) q[1];
ry(pi*0.079290124539) q[2];
ry(pi*-0.076424025381) q[3];
ry(pi*-0.092440055332) q[4];
ry(pi*0.000385806081) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
