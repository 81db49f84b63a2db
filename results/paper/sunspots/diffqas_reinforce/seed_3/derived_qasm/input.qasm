// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-6.5301678e-05) q[0];
rx(pi*-0.000721246706) q[1];
rx(pi*4.1303801e-05) q[2];
rx(pi*1.425726e-06) q[3];
rx(pi*1.622356e-06) q[4];
rx(pi*9.37186e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000123432852) q[0];
rx(pi*7.754093e-06) q[1];
rx(pi*6.3677331e-05) q[2];
rx(pi*7.05819e-07) q[3];
rx(pi*-1.551484e-06) q[4];
rx(pi*7.820145e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000558905872) q[0];
rx(pi*-9.679391e-06) q[1];
rx(pi*3.5688e-08) q[2];
rx(pi*6.00868e-07) q[3];
rx(pi*3.87683e-07) q[4];
rx(pi*4.52337e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.695263e-06) q[0];
rx(pi*6.147849e-06) q[1];
rx(pi*-0.000553158685) q[2];
rx(pi*0.000260633304) q[3];
rx(pi*9.530871e-06) q[4];
rx(pi*4.48737e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.985166e-06) q[0];
rx(pi*-1.13048e-07) q[1];
rx(pi*-3.331728e-06) q[2];
rx(pi*-4.26706e-07) q[3];
rx(pi*-2.745666e-06) q[4];
rx(pi*0.001564071224) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
