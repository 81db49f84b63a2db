// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.160491003985) q[0];
ry(pi*-0.007094434485) q[1];
ry(pi*0.000586003847) q[2];
ry(pi*-0.000371211073) q[3];
ry(pi*-0.000270365119) q[4];
ry(pi*0.001695864082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004105400519) q[0];
ry(pi*-0.003143092084) q[1];
ry(pi*-0.000418632418) q[2];
ry(pi*-0.000135484197) q[3];
ry(pi*0.001108423568) q[4];
ry(pi*-0.000548361285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.809031e-06) q[0];
ry(pi*5.204564e-06) q[1];
ry(pi*-5.556952e-06) q[2];
ry(pi*-5.1198214e-05) q[3];
ry(pi*-7.3934987e-05) q[4];
ry(pi*-0.000166580669) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043869693168) q[0];
ry(pi*-0.003106041272) q[1];
ry(pi*-0.002253216264) q[2];
ry(pi*0.000205878251) q[3];
ry(pi*-1.089297e-06) q[4];
ry(pi*5.839493e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.5690466e-05) q[0];
ry(pi*0.003158867331) q[1];
ry(pi*0.036795448058) q[2];
ry(pi*-0.029214277217) q[3];
ry(pi*-0.108016804512) q[4];
ry(pi*0.000353773635) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
