// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.319022085187) q[0];
ry(pi*-0.012958412763) q[1];
ry(pi*0.015249136073) q[2];
ry(pi*0.270510666607) q[3];
ry(pi*-0.502278261457) q[4];
ry(pi*-0.250347170294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.250993097489) q[0];
ry(pi*-0.041481446377) q[1];
ry(pi*0.008382122579) q[2];
ry(pi*-0.095111551016) q[3];
ry(pi*-0.143360130636) q[4];
ry(pi*0.241835198823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013127159938) q[0];
ry(pi*-0.003106436736) q[1];
ry(pi*-0.106231468954) q[2];
ry(pi*0.0288842605) q[3];
ry(pi*-0.059763201857) q[4];
ry(pi*0.001631612872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045750395242) q[0];
ry(pi*0.051846732761) q[1];
ry(pi*0.096523796977) q[2];
ry(pi*-0.060314621053) q[3];
ry(pi*-0.172126250208) q[4];
ry(pi*0.001818011817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041977664363) q[0];
ry(pi*0.527382925315) q[1];
ry(pi*0.479740951871) q[2];
ry(pi*0.377202736956) q[3];
ry(pi*-0.126614318689) q[4];
ry(pi*-0.002097129247) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
