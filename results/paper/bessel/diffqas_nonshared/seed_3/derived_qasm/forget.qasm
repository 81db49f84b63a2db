// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.055490292431) q[0];
ry(pi*0.034395288753) q[1];
ry(pi*0.012966603061) q[2];
ry(pi*0.002203066103) q[3];
ry(pi*0.029866572141) q[4];
ry(pi*-0.001003734466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.198386449265) q[0];
ry(pi*-0.003724318059) q[1];
ry(pi*-0.055718700597) q[2];
ry(pi*-0.022941704217) q[3];
ry(pi*-1.79855e-05) q[4];
ry(pi*0.0003645287) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001763536167) q[0];
ry(pi*0.002347782663) q[1];
ry(pi*0.011919648898) q[2];
ry(pi*4.71379e-07) q[3];
ry(pi*0.066741985587) q[4];
ry(pi*7.206168e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077553264351) q[0];
ry(pi*-0.038648914753) q[1];
ry(pi*-0.000255472754) q[2];
ry(pi*-3.071632e-05) q[3];
ry(pi*2.8552422e-05) q[4];
ry(pi*0.00024757444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014647892071) q[0];
ry(pi*5.4081197e-05) q[1];
ry(pi*0.003888615533) q[2];
ry(pi*0.006548050775) q[3];
ry(pi*-0.003295294727) q[4];
ry(pi*-0.004479383614) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
