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
rx(pi*-0.195475517505) q[0];
rx(pi*-0.006191843366) q[1];
rx(pi*-0.00070441232) q[2];
rx(pi*0.006890751959) q[3];
rx(pi*0.022356489814) q[4];
rx(pi*-0.012617528219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.194302830942) q[0];
rx(pi*-0.001829630402) q[1];
rx(pi*-0.009315967149) q[2];
rx(pi*-0.00435672065) q[3];
rx(pi*-0.006780780578) q[4];
rx(pi*-0.003746161917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.202695900204) q[0];
rx(pi*-0.006775369194) q[1];
rx(pi*-0.0128958691) q[2];
rx(pi*-0.014924308403) q[3];
rx(pi*0.004357122932) q[4];
rx(pi*0.02808142631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.189343980796) q[0];
rx(pi*-0.009620823631) q[1];
rx(pi*0.018249402202) q[2];
rx(pi*-0.006321782972) q[3];
rx(pi*0.000779454133) q[4];
rx(pi*0.008111199449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.204466816473) q[0];
rx(pi*-0.007067565517) q[1];
rx(pi*-0.012852478426) q[2];
rx(pi*-0.016564294927) q[3];
rx(pi*-0.000689682205) q[4];
rx(pi*0.000700904511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
