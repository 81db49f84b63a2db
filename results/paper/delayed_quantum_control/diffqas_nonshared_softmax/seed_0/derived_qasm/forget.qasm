// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.425698939393) q[0];
ry(pi*0.50193075661) q[1];
ry(pi*0.00101379232) q[2];
ry(pi*-0.005656192895) q[3];
ry(pi*-0.000118140252) q[4];
ry(pi*-4.330517e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001322814654) q[0];
ry(pi*0.001152645782) q[1];
ry(pi*0.213823644399) q[2];
ry(pi*-0.000740716154) q[3];
ry(pi*-0.410710013368) q[4];
ry(pi*0.010746082474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074312486629) q[0];
ry(pi*-0.000817168472) q[1];
ry(pi*-0.285783481855) q[2];
ry(pi*0.502335862719) q[3];
ry(pi*0.501452833096) q[4];
ry(pi*-0.011196537007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003113034212) q[0];
ry(pi*-1.229621e-06) q[1];
ry(pi*-0.004626195032) q[2];
ry(pi*0.417612830216) q[3];
ry(pi*-0.501365824075) q[4];
ry(pi*-0.003097285942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001082796871) q[0];
ry(pi*-0.000512103327) q[1];
ry(pi*2.0593609e-05) q[2];
ry(pi*-0.02213918782) q[3];
ry(pi*-0.498104332855) q[4];
ry(pi*-0.000470376585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
