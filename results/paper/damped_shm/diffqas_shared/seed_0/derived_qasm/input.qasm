// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.0759715e-05) q[0];
ry(pi*0.080982782968) q[1];
ry(pi*0.000108283798) q[2];
ry(pi*0.002061487606) q[3];
ry(pi*-3.029845e-05) q[4];
ry(pi*-0.266100508323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001012605708) q[0];
ry(pi*-4.4590144e-05) q[1];
ry(pi*-0.004760940376) q[2];
ry(pi*0.005244824594) q[3];
ry(pi*-0.003867270302) q[4];
ry(pi*0.003251129135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.9968464e-05) q[0];
ry(pi*-0.000230266069) q[1];
ry(pi*3.0118952e-05) q[2];
ry(pi*-8.854314e-06) q[3];
ry(pi*-0.006610184152) q[4];
ry(pi*-1.0216172e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009695367557) q[0];
ry(pi*-0.072853828584) q[1];
ry(pi*9.7229783e-05) q[2];
ry(pi*0.100869068464) q[3];
ry(pi*-0.003448796114) q[4];
ry(pi*4.685821e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.444759379127) q[0];
ry(pi*-0.495841567074) q[1];
ry(pi*-0.499981268839) q[2];
ry(pi*-0.500027903853) q[3];
ry(pi*-0.499877487909) q[4];
ry(pi*-0.002106154791) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
