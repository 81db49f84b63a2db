// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.111831436704) q[0];
ry(pi*-0.523230967155) q[1];
ry(pi*-0.003375040743) q[2];
ry(pi*-0.015763368684) q[3];
ry(pi*0.007419016695) q[4];
ry(pi*-0.130909663389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032436449789) q[0];
ry(pi*0.484401683233) q[1];
ry(pi*-0.000546413688) q[2];
ry(pi*0.012569120439) q[3];
ry(pi*-0.000989096917) q[4];
ry(pi*-0.053300059464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.069682614441) q[0];
ry(pi*-0.041144234246) q[1];
ry(pi*0.008111202414) q[2];
ry(pi*0.274194320435) q[3];
ry(pi*0.079471314279) q[4];
ry(pi*-0.263202421113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049429742257) q[0];
ry(pi*-0.565745631426) q[1];
ry(pi*0.037020690147) q[2];
ry(pi*0.052519226546) q[3];
ry(pi*-0.021373535472) q[4];
ry(pi*0.007888315317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0038625117) q[0];
ry(pi*0.000613891637) q[1];
ry(pi*0.033515349316) q[2];
ry(pi*0.294540486363) q[3];
ry(pi*-0.50327577264) q[4];
ry(pi*0.003707704158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
