// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.076734438506) q[0];
ry(pi*-0.092806618304) q[1];
ry(pi*-0.006764408282) q[2];
ry(pi*-0.033241989967) q[3];
ry(pi*0.020687269843) q[4];
ry(pi*0.519632368155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.184962490334) q[0];
ry(pi*0.144211874198) q[1];
ry(pi*-0.185304341302) q[2];
ry(pi*0.140731314148) q[3];
ry(pi*-0.038303292951) q[4];
ry(pi*0.241198378547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.340753204778) q[0];
ry(pi*-0.039801428541) q[1];
ry(pi*-0.147719261715) q[2];
ry(pi*0.214421418761) q[3];
ry(pi*-0.268058647667) q[4];
ry(pi*-0.15559904226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074584555831) q[0];
ry(pi*-0.210749926464) q[1];
ry(pi*-0.286126091733) q[2];
ry(pi*-0.276685309398) q[3];
ry(pi*0.131477176218) q[4];
ry(pi*0.248923303525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119199683512) q[0];
ry(pi*0.066567175433) q[1];
ry(pi*-0.456530754816) q[2];
ry(pi*0.042985003429) q[3];
ry(pi*0.309162213828) q[4];
ry(pi*0.003939154782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
