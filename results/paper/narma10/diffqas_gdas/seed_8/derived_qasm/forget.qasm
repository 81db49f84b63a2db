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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.116197046976) q[0];
ry(pi*-0.080329133864) q[1];
ry(pi*-0.002199173429) q[2];
ry(pi*-0.000705909834) q[3];
ry(pi*-0.002663621994) q[4];
ry(pi*-0.000387199837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106295350195) q[0];
ry(pi*-0.077842053287) q[1];
ry(pi*0.000752946388) q[2];
ry(pi*0.003103314236) q[3];
ry(pi*0.001797971704) q[4];
ry(pi*-0.000114605707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.102245076477) q[0];
ry(pi*-0.086324152167) q[1];
ry(pi*-0.002823520458) q[2];
ry(pi*0.00127097666) q[3];
ry(pi*-0.000127984199) q[4];
ry(pi*0.004330643498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101650034191) q[0];
ry(pi*-0.093410852886) q[1];
ry(pi*0.000819075307) q[2];
ry(pi*0.000859167391) q[3];
ry(pi*-0.005218529551) q[4];
ry(pi*0.001146413976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101604651378) q[0];
ry(pi*-0.0984787489) q[1];
ry(pi*-0.000802907117) q[2];
ry(pi*0.000697204381) q[3];
ry(pi*-0.005781731416) q[4];
ry(pi*0.004941654315) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
