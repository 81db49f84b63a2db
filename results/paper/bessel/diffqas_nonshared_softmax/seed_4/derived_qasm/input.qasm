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
ry(0) q[0];
ry(0) q[1];
ry(pi*-0.002795720936) q[2];
ry(pi*-0.000557793965) q[3];
ry(pi*-0.057262446672) q[4];
ry(pi*-0.006778315306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-1.3539e-07) q[2];
ry(pi*-0.000175151256) q[3];
ry(pi*0.042254799289) q[4];
ry(pi*-0.009781581501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-0.000395952647) q[2];
ry(pi*-2.5632743e-05) q[3];
ry(pi*-0.054806709074) q[4];
ry(pi*0.001357684341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-5.58132e-07) q[2];
ry(pi*3.597245e-06) q[3];
ry(pi*0.049127866869) q[4];
ry(pi*-0.001514828643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*0.002815206837) q[2];
ry(pi*0.000582325431) q[3];
ry(pi*-0.058198415005) q[4];
ry(pi*-0.00387302527) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
