// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.00258415968) q[0];
ry(pi*0.000328541363) q[1];
ry(pi*-0.001993008142) q[2];
ry(pi*-0.002027624216) q[3];
ry(pi*0.00048534801) q[4];
ry(pi*0.000658213161) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000526291126) q[0];
ry(pi*-0.004747466464) q[1];
ry(pi*0.002056032793) q[2];
ry(pi*0.001416611768) q[3];
ry(pi*-0.001358868359) q[4];
ry(pi*0.003440925981) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001633088744) q[0];
ry(pi*-0.001054397261) q[1];
ry(pi*0.000501008049) q[2];
ry(pi*-0.001009600306) q[3];
ry(pi*-0.001365543209) q[4];
ry(pi*-0.001025919167) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001878635379) q[0];
ry(pi*-0.002359405991) q[1];
ry(pi*-0.000281919819) q[2];
ry(pi*-0.002025875462) q[3];
ry(pi*0.001025061095) q[4];
ry(pi*0.001515475051) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000422466025) q[0];
ry(pi*0.002129534552) q[1];
ry(pi*0.006402947201) q[2];
ry(pi*-0.00138386614) q[3];
ry(pi*-0.003420080564) q[4];
ry(pi*0.003652420239) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
