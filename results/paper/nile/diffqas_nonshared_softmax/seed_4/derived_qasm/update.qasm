// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.020627299359) q[0];
ry(pi*-0.015267794585) q[1];
ry(pi*0.010190161994) q[2];
ry(pi*0.084164730943) q[3];
ry(pi*0.091343307192) q[4];
ry(pi*-0.011784004424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035489364107) q[0];
ry(pi*0.00972651903) q[1];
ry(pi*0.465747715646) q[2];
ry(pi*-0.014720985767) q[3];
ry(pi*0.037798522999) q[4];
ry(pi*-0.005234265074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001425796357) q[0];
ry(pi*-0.051481929511) q[1];
ry(pi*0.063491332549) q[2];
ry(pi*-0.002498842198) q[3];
ry(pi*-0.002872557007) q[4];
ry(pi*-0.038060859181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003984795802) q[0];
ry(pi*-0.581752293582) q[1];
ry(pi*-0.031067440348) q[2];
ry(pi*0.491633942872) q[3];
ry(pi*0.419109286718) q[4];
ry(pi*-0.076698708079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005449727897) q[0];
ry(pi*0.08165741593) q[1];
ry(pi*0.003843180545) q[2];
ry(pi*0.006882957125) q[3];
ry(pi*-0.016565060952) q[4];
ry(pi*-0.001423273278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
