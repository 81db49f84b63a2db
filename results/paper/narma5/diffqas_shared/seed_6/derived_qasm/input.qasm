// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.117344556702) q[0];
ry(pi*-0.096541346769) q[1];
ry(pi*-0.014261988754) q[2];
ry(pi*-0.00578422159) q[3];
ry(pi*0.018414965513) q[4];
ry(pi*-0.003471139489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125020218941) q[0];
ry(pi*-0.044551791907) q[1];
ry(pi*0.02461067517) q[2];
ry(pi*-0.01827400037) q[3];
ry(pi*-0.005202011403) q[4];
ry(pi*0.002040084568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123886255757) q[0];
ry(pi*-0.100843986491) q[1];
ry(pi*0.008047356746) q[2];
ry(pi*-0.002266015457) q[3];
ry(pi*-0.008243792275) q[4];
ry(pi*-0.001426654132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129459652174) q[0];
ry(pi*-0.049315184807) q[1];
ry(pi*-0.006802113654) q[2];
ry(pi*0.011377093532) q[3];
ry(pi*-0.003031794092) q[4];
ry(pi*-0.00093357117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112540391367) q[0];
ry(pi*-0.110741831804) q[1];
ry(pi*-0.006759502048) q[2];
ry(pi*-0.007240650337) q[3];
ry(pi*-0.005504254981) q[4];
ry(pi*0.000929538127) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
