// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.002050251738) q[0];
ry(pi*-0.002104893547) q[1];
ry(pi*-0.005421602578) q[2];
ry(pi*-0.00019412669) q[3];
ry(pi*-0.001019361933) q[4];
ry(pi*-0.022215100155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005047924825) q[0];
ry(pi*0.499454130017) q[1];
ry(pi*0.488676091507) q[2];
ry(pi*0.007000051587) q[3];
ry(pi*-0.002028025164) q[4];
ry(pi*0.006324253579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009167873589) q[0];
ry(pi*-0.485640262148) q[1];
ry(pi*0.004088480682) q[2];
ry(pi*0.00914856526) q[3];
ry(pi*-0.003050051212) q[4];
ry(pi*0.16310146434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.231728397153) q[0];
ry(pi*-0.089293387181) q[1];
ry(pi*0.002822275668) q[2];
ry(pi*-0.006966184047) q[3];
ry(pi*0.497973382951) q[4];
ry(pi*0.137361991316) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.515176504522) q[0];
ry(pi*-0.004274602151) q[1];
ry(pi*0.009398404331) q[2];
ry(pi*-9.232015e-06) q[3];
ry(pi*-0.499098732507) q[4];
ry(pi*0.002493749794) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
