// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.003797575396) q[0];
rx(pi*0.007400548504) q[1];
rx(pi*-0.004897618272) q[2];
rx(pi*0.002766285904) q[3];
rx(pi*0.001813013981) q[4];
rx(pi*-0.000741596016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437258652) q[0];
rx(pi*-0.000964589019) q[1];
rx(pi*0.004130711647) q[2];
rx(pi*0.002748223848) q[3];
rx(pi*0.002738277385) q[4];
rx(pi*0.004750167116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000887020274) q[0];
rx(pi*0.000339376025) q[1];
rx(pi*0.00277968096) q[2];
rx(pi*0.002236298057) q[3];
rx(pi*0.004385473849) q[4];
rx(pi*0.001520485487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001111940641) q[0];
rx(pi*0.003732006765) q[1];
rx(pi*2.5735453e-05) q[2];
rx(pi*-0.003435458272) q[3];
rx(pi*-0.000111286755) q[4];
rx(pi*0.000316573932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002906154185) q[0];
rx(pi*0.002591639982) q[1];
rx(pi*-0.00159158156) q[2];
rx(pi*0.00075334148) q[3];
rx(pi*-0.000948959106) q[4];
rx(pi*-0.00157197367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
