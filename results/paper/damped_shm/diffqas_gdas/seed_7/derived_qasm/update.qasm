// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.175679750988) q[0];
rx(pi*0.001274055433) q[1];
rx(pi*-0.039169747508) q[2];
rx(pi*0.001587676731) q[3];
rx(pi*-0.001936331949) q[4];
rx(pi*0.002222207234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003176700824) q[0];
rx(pi*-0.001546442725) q[1];
rx(pi*-0.036183275752) q[2];
rx(pi*-0.001197736815) q[3];
rx(pi*-0.00197197522) q[4];
rx(pi*0.001041454512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156691198995) q[0];
rx(pi*-0.002436894991) q[1];
rx(pi*-0.044262908107) q[2];
rx(pi*-0.001741615084) q[3];
rx(pi*0.000204756783) q[4];
rx(pi*0.003535772229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003712220265) q[0];
rx(pi*0.005727537541) q[1];
rx(pi*-0.040718395667) q[2];
rx(pi*-0.003504560577) q[3];
rx(pi*0.000727014644) q[4];
rx(pi*-0.003004491715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177676006582) q[0];
rx(pi*0.003336273194) q[1];
rx(pi*-0.042601426646) q[2];
rx(pi*-0.004317166621) q[3];
rx(pi*0.000371433076) q[4];
rx(pi*-0.002442865923) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
