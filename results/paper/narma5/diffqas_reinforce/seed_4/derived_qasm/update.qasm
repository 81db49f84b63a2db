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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001558580837) q[0];
ry(pi*-0.002760700505) q[1];
ry(pi*0.01564541274) q[2];
ry(pi*0.075870865436) q[3];
ry(pi*0.173199348818) q[4];
ry(pi*-0.018350062115) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005980207109) q[0];
ry(pi*-0.010349285243) q[1];
ry(pi*-0.173781755254) q[2];
ry(pi*-0.451948115283) q[3];
ry(pi*0.013030256629) q[4];
ry(pi*-0.004140337352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108521337305) q[0];
ry(pi*0.031470312416) q[1];
ry(pi*0.098410418549) q[2];
ry(pi*-0.034442220216) q[3];
ry(pi*0.052788558929) q[4];
ry(pi*-0.02874717054) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003233145045) q[0];
ry(pi*-0.118083289093) q[1];
ry(pi*-0.008328808565) q[2];
ry(pi*-0.117854582105) q[3];
ry(pi*-0.292181642587) q[4];
ry(pi*0.011127106237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007289728685) q[0];
ry(pi*0.013833244973) q[1];
ry(pi*-0.00947946421) q[2];
ry(pi*-0.005949893401) q[3];
ry(pi*-0.011662848014) q[4];
ry(pi*-0.005089858748) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
