// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.103578376834) q[0];
rx(pi*-0.123279592663) q[1];
rx(pi*-0.08653322236) q[2];
rx(pi*0.154117213747) q[3];
rx(pi*0.010268698497) q[4];
rx(pi*0.023807342945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.086563806429) q[0];
rx(pi*0.148347885764) q[1];
rx(pi*-0.110721341237) q[2];
rx(pi*0.022481045903) q[3];
rx(pi*0.057651905007) q[4];
rx(pi*0.029585962831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.109292010316) q[0];
rx(pi*-0.059626204389) q[1];
rx(pi*-0.002852088376) q[2];
rx(pi*0.014841102233) q[3];
rx(pi*0.01546216327) q[4];
rx(pi*0.014383717903) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.067186763711) q[0];
rx(pi*0.019703880314) q[1];
rx(pi*-0.090511959334) q[2];
rx(pi*-0.08062052681) q[3];
rx(pi*-0.062038314154) q[4];
rx(pi*0.007957031052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004740203755) q[0];
rx(pi*0.000971354804) q[1];
rx(pi*0.021505346265) q[2];
rx(pi*-0.006273908208) q[3];
rx(pi*-0.006537829207) q[4];
rx(pi*-0.000985758529) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
