// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006279081839) q[0];
ry(pi*0.015416859906) q[1];
ry(pi*-0.026580945214) q[2];
ry(pi*4.5940392e-05) q[3];
ry(pi*0.004669450229) q[4];
ry(pi*0.000844052188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004606112379) q[0];
ry(pi*0.006406040352) q[1];
ry(pi*-0.004333716194) q[2];
ry(pi*0.011579576625) q[3];
ry(pi*0.00404781408) q[4];
ry(pi*0.004244893497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003223197396) q[0];
ry(pi*0.014153527484) q[1];
ry(pi*-0.020723156796) q[2];
ry(pi*0.006972260069) q[3];
ry(pi*0.006117868623) q[4];
ry(pi*-0.002086767459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010889097861) q[0];
ry(pi*0.016325077038) q[1];
ry(pi*-0.01762521659) q[2];
ry(pi*0.047603477739) q[3];
ry(pi*0.007822769217) q[4];
ry(pi*-0.002198262589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002868425691) q[0];
ry(pi*0.005082183086) q[1];
ry(pi*-0.022636297525) q[2];
ry(pi*0.000745175195) q[3];
ry(pi*0.004529858238) q[4];
ry(pi*0.001569764975) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
