// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.015941487211) q[0];
ry(pi*0.00081161961) q[1];
ry(pi*0.10807734655) q[2];
ry(pi*-0.000390273126) q[3];
ry(pi*-0.49324844781) q[4];
ry(pi*-0.053477421453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009213834477) q[0];
ry(pi*0.143475219324) q[1];
ry(pi*0.164050974471) q[2];
ry(pi*0.30428407375) q[3];
ry(pi*0.304227686744) q[4];
ry(pi*0.307784488782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01493722173) q[0];
ry(pi*0.01020070847) q[1];
ry(pi*-0.005623253241) q[2];
ry(pi*-0.011241523764) q[3];
ry(pi*0.000523889517) q[4];
ry(pi*-0.088048528287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014294776034) q[0];
ry(pi*0.031621589248) q[1];
ry(pi*-0.005626594223) q[2];
ry(pi*0.006506521802) q[3];
ry(pi*0.051661838591) q[4];
ry(pi*0.129775994283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021123635926) q[0];
ry(pi*0.003461047173) q[1];
ry(pi*0.001720734983) q[2];
ry(pi*-0.003971055382) q[3];
ry(pi*0.001701120274) q[4];
ry(pi*0.003783867289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
