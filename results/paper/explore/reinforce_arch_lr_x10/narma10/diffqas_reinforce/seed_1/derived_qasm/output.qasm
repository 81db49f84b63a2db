// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.000379293908) q[0];
ry(pi*-0.043275879367) q[1];
ry(pi*-0.001534876316) q[2];
ry(pi*0.000260186944) q[3];
ry(pi*-0.000918271798) q[4];
ry(pi*0.001573054227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002267785851) q[0];
ry(pi*-0.00079286416) q[1];
ry(pi*-0.021351776102) q[2];
ry(pi*-0.008216065383) q[3];
ry(pi*0.000320109533) q[4];
ry(pi*7.523405e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012184800161) q[0];
ry(pi*-1.0547559e-05) q[1];
ry(pi*0.007696424354) q[2];
ry(pi*7.2404938e-05) q[3];
ry(pi*-0.000781396171) q[4];
ry(pi*4.7573887e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00026475165) q[0];
ry(pi*-0.001145824264) q[1];
ry(pi*0.000351501352) q[2];
ry(pi*-2.15885e-06) q[3];
ry(pi*0.000135035558) q[4];
ry(pi*0.00089541112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009474890592) q[0];
ry(pi*-0.007227629103) q[1];
ry(pi*-0.006660183864) q[2];
ry(pi*0.004225265596) q[3];
ry(pi*-0.002542781896) q[4];
ry(pi*0.004108064708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
