// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.58975382225) q[0];
ry(pi*-0.354866234932) q[1];
ry(pi*-8.55436e-07) q[2];
ry(pi*6.898471e-06) q[3];
ry(pi*0.021039007984) q[4];
ry(pi*-9.5782268e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.370889517215) q[0];
ry(pi*5.40819e-07) q[1];
ry(pi*-0.008954935326) q[2];
ry(pi*3.036162e-06) q[3];
ry(pi*-6.9480689e-05) q[4];
ry(pi*0.00096631376) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.0716955e-05) q[0];
ry(pi*7.932405e-06) q[1];
ry(pi*-2.33702e-07) q[2];
ry(pi*2.2116e-08) q[3];
ry(pi*0.024432698938) q[4];
ry(pi*-1.4443e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01704241647) q[0];
ry(pi*0.001179061702) q[1];
ry(pi*3.0171e-06) q[2];
ry(pi*6.734e-09) q[3];
ry(pi*8.983e-09) q[4];
ry(pi*1.3298e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007456969305) q[0];
ry(pi*-0.005147860809) q[1];
ry(pi*-0.012554972698) q[2];
ry(pi*-0.020317583483) q[3];
ry(pi*-0.115940962314) q[4];
ry(pi*-0.003548957696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
