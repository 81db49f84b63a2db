// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-2.3797616e-05) q[0];
ry(pi*0.00069922194) q[1];
ry(pi*-0.001685205993) q[2];
ry(pi*-0.00245777539) q[3];
ry(pi*-0.003746576353) q[4];
ry(pi*0.001528864771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005641662142) q[0];
ry(pi*0.001248616091) q[1];
ry(pi*-0.002504368011) q[2];
ry(pi*0.00084666813) q[3];
ry(pi*0.001305431467) q[4];
ry(pi*-0.004470910504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002979090467) q[0];
ry(pi*0.000669374473) q[1];
ry(pi*-0.002224061376) q[2];
ry(pi*0.003761182998) q[3];
ry(pi*-0.004419163224) q[4];
ry(pi*-0.005210888277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001005369458) q[0];
ry(pi*0.000990868498) q[1];
ry(pi*-0.000518101124) q[2];
ry(pi*0.001274509594) q[3];
ry(pi*-0.007368132972) q[4];
ry(pi*0.002469832719) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033303632424) q[0];
ry(pi*-0.191540190178) q[1];
ry(pi*0.035071520169) q[2];
ry(pi*-0.129548254906) q[3];
ry(pi*-0.130957844682) q[4];
ry(pi*-0.002611529944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
