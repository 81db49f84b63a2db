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
ry(pi*-1.45e-10) q[0];
ry(0) q[1];
ry(pi*0.000800967894) q[2];
ry(pi*-0.000991943126) q[3];
ry(pi*-0.000977489598) q[4];
ry(pi*0.001299374862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*9.9e-11) q[2];
ry(pi*4.41236e-06) q[3];
ry(pi*0.001847108898) q[4];
ry(pi*0.000803932905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*4.687776e-06) q[2];
ry(pi*9.927423e-06) q[3];
ry(pi*-0.002275284385) q[4];
ry(pi*-0.002588624205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*1.0124e-08) q[2];
ry(pi*-6.5975e-08) q[3];
ry(pi*-0.003266435992) q[4];
ry(pi*-0.000592604992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.0e-12) q[0];
ry(0) q[1];
ry(pi*-0.000800981235) q[2];
ry(pi*0.00099193653) q[3];
ry(pi*-0.001037399828) q[4];
ry(pi*0.000539270708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
