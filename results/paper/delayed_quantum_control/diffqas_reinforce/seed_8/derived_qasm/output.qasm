// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*3.3396e-08) q[0];
rx(pi*-2.62e-10) q[1];
rx(pi*-1.21e-10) q[2];
rx(pi*9.1326e-08) q[3];
rx(pi*6.19e-09) q[4];
rx(pi*2.47419e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*3.07e-10) q[0];
rx(pi*-1.87e-10) q[1];
rx(pi*1.58e-10) q[2];
rx(pi*-1.25e-10) q[3];
rx(pi*0.000172197307) q[4];
rx(pi*0.012049192447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.9e-11) q[0];
rx(0) q[1];
rx(pi*-1.9e-11) q[2];
rx(pi*1.0e-12) q[3];
rx(pi*-1.56e-10) q[4];
rx(pi*-1.14e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000115651552) q[0];
rx(pi*2.25868e-07) q[1];
rx(pi*-5.53e-10) q[2];
rx(pi*1.9e-11) q[3];
rx(pi*-4.0e-12) q[4];
rx(pi*3.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*5.774e-09) q[0];
rx(pi*-9.3544e-08) q[1];
rx(pi*-0.001424891149) q[2];
rx(pi*-0.042328660196) q[3];
rx(pi*-0.221508916335) q[4];
rx(pi*-0.000447885208) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
