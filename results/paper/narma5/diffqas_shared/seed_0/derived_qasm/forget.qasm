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
rx(pi*0.103003445661) q[0];
rx(pi*-0.000416043305) q[1];
rx(pi*0.002038529099) q[2];
rx(pi*0.000333900794) q[3];
rx(pi*-0.001705084689) q[4];
rx(pi*0.001151010717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.106799342265) q[0];
rx(pi*0.003019108735) q[1];
rx(pi*-0.002240062961) q[2];
rx(pi*-0.004027966214) q[3];
rx(pi*-0.001983948358) q[4];
rx(pi*0.000131540848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095202183832) q[0];
rx(pi*-0.000691966272) q[1];
rx(pi*-0.003965862482) q[2];
rx(pi*-0.002330875277) q[3];
rx(pi*-0.001732432571) q[4];
rx(pi*-0.001006814277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103959027071) q[0];
rx(pi*0.003322878434) q[1];
rx(pi*-0.000409141301) q[2];
rx(pi*0.004349586897) q[3];
rx(pi*-0.002117382359) q[4];
rx(pi*0.001118890151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105479019267) q[0];
rx(pi*0.000303718209) q[1];
rx(pi*-0.002366633126) q[2];
rx(pi*-0.002933943925) q[3];
rx(pi*-0.001456988147) q[4];
rx(pi*0.00070090251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
