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
ry(pi*-0.000495115788) q[0];
ry(pi*0.317542609294) q[1];
ry(pi*-0.501070721957) q[2];
ry(pi*0.002541635824) q[3];
ry(pi*-0.001227467703) q[4];
ry(pi*-0.0098541072) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002151342391) q[0];
ry(pi*-0.006756115413) q[1];
ry(pi*-0.498636784046) q[2];
ry(pi*0.001402086944) q[3];
ry(pi*0.000553919004) q[4];
ry(pi*-0.015519972047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8549099e-05) q[0];
ry(pi*0.043562154414) q[1];
ry(pi*-0.004602481469) q[2];
ry(pi*0.003143533793) q[3];
ry(pi*0.04913072701) q[4];
ry(pi*0.044383404028) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02195413001) q[0];
ry(pi*-0.000336218433) q[1];
ry(pi*-0.000324886034) q[2];
ry(pi*-0.000790596249) q[3];
ry(pi*0.499665752045) q[4];
ry(pi*0.000301243396) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000876642774) q[0];
ry(pi*-0.01500798415) q[1];
ry(pi*-0.501371895354) q[2];
ry(pi*-0.500203667388) q[3];
ry(pi*0.007316236578) q[4];
ry(pi*0.002712360315) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
