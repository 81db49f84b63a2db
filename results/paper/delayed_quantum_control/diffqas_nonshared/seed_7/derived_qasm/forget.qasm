// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.459232625869) q[0];
ry(pi*-0.002407442172) q[1];
ry(pi*0.005781599793) q[2];
ry(pi*0.545222658463) q[3];
ry(pi*0.476928166134) q[4];
ry(pi*0.882913813545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010006706196) q[0];
ry(pi*0.69525216526) q[1];
ry(pi*0.012470076767) q[2];
ry(pi*0.407733037473) q[3];
ry(pi*0.002165708467) q[4];
ry(pi*0.1201886285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015093668636) q[0];
ry(pi*-0.000991916075) q[1];
ry(pi*1.7101727e-05) q[2];
ry(pi*-0.004431530491) q[3];
ry(pi*0.019628179051) q[4];
ry(pi*0.148636091288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.501522994317) q[0];
ry(pi*0.461957036547) q[1];
ry(pi*0.016338521601) q[2];
ry(pi*0.057943198346) q[3];
ry(pi*0.488986182095) q[4];
ry(pi*-0.023006382313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.501933147176) q[0];
ry(pi*-0.001131040343) q[1];
ry(pi*-0.016874404488) q[2];
ry(pi*0.033157034746) q[3];
ry(pi*-0.006109052817) q[4];
ry(pi*-0.004376813976) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
