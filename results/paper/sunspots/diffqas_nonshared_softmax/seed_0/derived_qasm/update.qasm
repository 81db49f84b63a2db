// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.122806023394) q[0];
ry(pi*-0.073043840652) q[1];
ry(pi*-0.014019135212) q[2];
ry(pi*0.03584906843) q[3];
ry(pi*0.11002081996) q[4];
ry(pi*0.020447568149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022687723158) q[0];
ry(pi*-0.133732267523) q[1];
ry(pi*-0.11451909717) q[2];
ry(pi*-0.031215038839) q[3];
ry(pi*0.067666442205) q[4];
ry(pi*-0.010948029586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06955564407) q[0];
ry(pi*0.062885883711) q[1];
ry(pi*-0.123409660335) q[2];
ry(pi*0.025966176014) q[3];
ry(pi*-0.156292600538) q[4];
ry(pi*-0.084407098308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069341380087) q[0];
ry(pi*-0.372296498239) q[1];
ry(pi*-0.003679808883) q[2];
ry(pi*0.437443108161) q[3];
ry(pi*0.447208495236) q[4];
ry(pi*0.262129948604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.110831136527) q[0];
ry(pi*-0.009422621265) q[1];
ry(pi*-0.217657752117) q[2];
ry(pi*0.042172500252) q[3];
ry(pi*0.013428111591) q[4];
ry(pi*0.000202165466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
