// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.336968672849) q[0];
ry(pi*-0.001504587362) q[1];
ry(pi*-0.179499154826) q[2];
ry(pi*-0.120122347206) q[3];
ry(pi*0.033591567587) q[4];
ry(pi*0.123077210363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.442177226111) q[0];
ry(pi*-0.444058905282) q[1];
ry(pi*0.277974052258) q[2];
ry(pi*0.050217737387) q[3];
ry(pi*-0.294333398822) q[4];
ry(pi*0.395574503895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.511579385396) q[0];
ry(pi*-0.221720177881) q[1];
ry(pi*0.006906635114) q[2];
ry(pi*-0.304012801404) q[3];
ry(pi*-0.098291079966) q[4];
ry(pi*0.064416799466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018077682234) q[0];
ry(pi*0.087573431712) q[1];
ry(pi*0.204438679889) q[2];
ry(pi*0.023522965173) q[3];
ry(pi*-0.019935353765) q[4];
ry(pi*-0.020895023802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072496130628) q[0];
ry(pi*0.113233029467) q[1];
ry(pi*-0.096219549995) q[2];
ry(pi*0.078131501526) q[3];
ry(pi*-0.236186594434) q[4];
ry(pi*-0.006847923946) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
