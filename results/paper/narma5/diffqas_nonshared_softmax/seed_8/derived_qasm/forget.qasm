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
ry(pi*-0.112691879271) q[0];
ry(pi*0.04223272924) q[1];
ry(pi*-0.003153740539) q[2];
ry(pi*-0.001002564678) q[3];
ry(pi*-0.005011163348) q[4];
ry(pi*-0.000523063127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115788478341) q[0];
ry(pi*-0.062424713133) q[1];
ry(pi*0.002778029442) q[2];
ry(pi*0.003850714801) q[3];
ry(pi*0.00215733526) q[4];
ry(pi*-0.000149665473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108783834756) q[0];
ry(pi*0.02404173227) q[1];
ry(pi*-0.00234515479) q[2];
ry(pi*0.001715495243) q[3];
ry(pi*-0.000135759718) q[4];
ry(pi*0.004581407193) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11865397037) q[0];
ry(pi*-0.041083545169) q[1];
ry(pi*0.001150700409) q[2];
ry(pi*0.000821173648) q[3];
ry(pi*-0.005218524808) q[4];
ry(pi*0.001146411159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115782369116) q[0];
ry(pi*-0.010726301013) q[1];
ry(pi*-0.000505814825) q[2];
ry(pi*0.000696948027) q[3];
ry(pi*-0.005781784184) q[4];
ry(pi*0.004941654612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
