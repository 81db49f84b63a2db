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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002729623144) q[0];
ry(pi*-0.000807790969) q[1];
ry(pi*-0.002142747292) q[2];
ry(pi*0.001323896693) q[3];
ry(pi*-0.004153191981) q[4];
ry(pi*0.003128290969) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.285721459943) q[0];
ry(pi*-0.003861615238) q[1];
ry(pi*-0.008167315501) q[2];
ry(pi*0.509694253185) q[3];
ry(pi*-0.001613547407) q[4];
ry(pi*0.006863464998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003666166291) q[0];
ry(pi*-0.002613976835) q[1];
ry(pi*0.026310234936) q[2];
ry(pi*-0.002325808961) q[3];
ry(pi*0.0021047222) q[4];
ry(pi*0.331281477892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004160631077) q[0];
ry(pi*-0.001791550912) q[1];
ry(pi*-0.006231055885) q[2];
ry(pi*0.002340226915) q[3];
ry(pi*-0.049567778483) q[4];
ry(pi*-0.626899843996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.260453061272) q[0];
ry(pi*0.000482588587) q[1];
ry(pi*-0.075944683654) q[2];
ry(pi*0.001135260742) q[3];
ry(pi*0.00056306624) q[4];
ry(pi*-0.002588736559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
