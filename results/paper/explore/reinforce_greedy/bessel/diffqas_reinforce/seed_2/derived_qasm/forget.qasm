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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.180521899763) q[0];
ry(pi*0.093409496334) q[1];
ry(pi*-0.000342797975) q[2];
ry(pi*0.087428698106) q[3];
ry(pi*-0.25257565232) q[4];
ry(pi*0.009587272105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.095377444589) q[0];
ry(pi*-0.060442179579) q[1];
ry(pi*0.254243793216) q[2];
ry(pi*-0.029419977376) q[3];
ry(pi*-0.033168295072) q[4];
ry(pi*-0.001873012331) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.218174778465) q[0];
ry(pi*-0.020925121695) q[1];
ry(pi*-0.012428020115) q[2];
ry(pi*-0.002746514225) q[3];
ry(pi*0.143785926526) q[4];
ry(pi*0.005898018352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063802044495) q[0];
ry(pi*-0.210944036645) q[1];
ry(pi*-0.113836562058) q[2];
ry(pi*0.053732296602) q[3];
ry(pi*-0.053582089358) q[4];
ry(pi*0.000514438717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064057977375) q[0];
ry(pi*-0.17888802365) q[1];
ry(pi*-0.017003770168) q[2];
ry(pi*0.420931163788) q[3];
ry(pi*0.115137030076) q[4];
ry(pi*-0.004092222464) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
