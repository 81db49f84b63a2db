// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.069905345012) q[0];
rx(pi*0.002890972133) q[1];
rx(pi*0.001661975494) q[2];
rx(pi*-0.003283783309) q[3];
rx(pi*0.011279353051) q[4];
rx(pi*-0.00074483124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143520099358) q[0];
rx(pi*0.004961981836) q[1];
rx(pi*-0.00437392241) q[2];
rx(pi*-0.004982355602) q[3];
rx(pi*-0.001353804562) q[4];
rx(pi*-0.002299033374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.06992205526) q[0];
rx(pi*0.000805650902) q[1];
rx(pi*0.007455519076) q[2];
rx(pi*0.006756985195) q[3];
rx(pi*-0.005792452205) q[4];
rx(pi*0.001502969787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.14185981318) q[0];
rx(pi*0.003385340573) q[1];
rx(pi*-0.000763686223) q[2];
rx(pi*0.003434096681) q[3];
rx(pi*0.001676371214) q[4];
rx(pi*-0.003920721868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.074585229363) q[0];
rx(pi*0.002881185457) q[1];
rx(pi*0.005871885763) q[2];
rx(pi*-0.00312027113) q[3];
rx(pi*-0.007379741329) q[4];
rx(pi*0.000253040759) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
