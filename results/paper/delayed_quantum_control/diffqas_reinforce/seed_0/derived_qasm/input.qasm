// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.43541974051) q[0];
ry(pi*-0.502100145302) q[1];
ry(pi*0.013868300682) q[2];
ry(pi*-0.000447373944) q[3];
ry(pi*0.118034310944) q[4];
ry(pi*5.0178767e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.464136739639) q[0];
ry(pi*0.032972453627) q[1];
ry(pi*0.009438538214) q[2];
ry(pi*-0.000995607164) q[3];
ry(pi*0.000349462634) q[4];
ry(pi*-0.003444588907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00039356386) q[0];
ry(pi*-0.000116338073) q[1];
ry(pi*-0.000178729416) q[2];
ry(pi*1.8607702e-05) q[3];
ry(pi*-6.0668784e-05) q[4];
ry(pi*-0.005422257138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-9.780469e-06) q[0];
ry(pi*0.000280231263) q[1];
ry(pi*-0.103362751557) q[2];
ry(pi*-0.002050100845) q[3];
ry(pi*-0.001454535771) q[4];
ry(pi*-0.00066184333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01473298603) q[0];
ry(pi*0.006128330315) q[1];
ry(pi*-0.014031878969) q[2];
ry(pi*0.000428878702) q[3];
ry(pi*-0.12163004506) q[4];
ry(pi*-0.000837080222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
