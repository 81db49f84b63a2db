// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103073464586) q[0];
rx(pi*0.00311515501) q[1];
rx(pi*-0.002343857973) q[2];
rx(pi*-0.000192549303) q[3];
rx(pi*0.000146917621) q[4];
rx(pi*0.003786772491) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103899433671) q[0];
rx(pi*-0.003993237192) q[1];
rx(pi*0.001448007663) q[2];
rx(pi*0.002358597871) q[3];
rx(pi*0.006783809695) q[4];
rx(pi*-0.005344872636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094565031533) q[0];
rx(pi*0.00415371136) q[1];
rx(pi*-0.004291122671) q[2];
rx(pi*-0.003847048021) q[3];
rx(pi*0.001668852966) q[4];
rx(pi*0.003241658769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100740309911) q[0];
rx(pi*0.001636290247) q[1];
rx(pi*0.000362684157) q[2];
rx(pi*0.004821241401) q[3];
rx(pi*1.8715137e-05) q[4];
rx(pi*0.003152042181) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095312491387) q[0];
rx(pi*-0.000671182961) q[1];
rx(pi*-0.000308884411) q[2];
rx(pi*0.003596441147) q[3];
rx(pi*0.001867912515) q[4];
rx(pi*-0.002392903267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
