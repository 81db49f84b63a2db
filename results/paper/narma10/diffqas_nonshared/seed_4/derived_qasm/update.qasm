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
ry(pi*-0.002067327803) q[0];
ry(pi*0.000112473857) q[1];
ry(pi*0.049313624298) q[2];
ry(pi*0.040704393779) q[3];
ry(pi*-0.368581103003) q[4];
ry(pi*-0.052812763412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.036219594335) q[0];
ry(pi*0.49584699328) q[1];
ry(pi*0.073290012053) q[2];
ry(pi*-0.328818056331) q[3];
ry(pi*-0.037261421113) q[4];
ry(pi*-0.064320626608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001694759957) q[0];
ry(pi*0.00035754143) q[1];
ry(pi*-0.006661962559) q[2];
ry(pi*-0.090523618087) q[3];
ry(pi*0.028458651966) q[4];
ry(pi*0.133010278582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014088469933) q[0];
ry(pi*0.004365856917) q[1];
ry(pi*-0.164821723373) q[2];
ry(pi*-0.018559243773) q[3];
ry(pi*-0.17689649227) q[4];
ry(pi*0.007529735722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000810120763) q[0];
ry(pi*-0.003523875723) q[1];
ry(pi*0.131046286146) q[2];
ry(pi*-0.038164388722) q[3];
ry(pi*0.120545686125) q[4];
ry(pi*0.00589534023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
