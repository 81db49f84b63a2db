// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*0.140564657532) q[0];
rx(pi*0.004528688746) q[1];
rx(pi*0.001956802803) q[2];
rx(pi*-0.000816356572) q[3];
rx(pi*-0.010197089418) q[4];
rx(pi*0.004957367604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109464017247) q[0];
rx(pi*0.001966208691) q[1];
rx(pi*-0.032198417696) q[2];
rx(pi*0.00022941739) q[3];
rx(pi*-0.004905532279) q[4];
rx(pi*0.000975296467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.118538720415) q[0];
rx(pi*-0.024138448223) q[1];
rx(pi*-0.003012890714) q[2];
rx(pi*-0.002993074865) q[3];
rx(pi*0.002662119886) q[4];
rx(pi*0.004249468004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113912434076) q[0];
rx(pi*0.002916787225) q[1];
rx(pi*-0.02938474024) q[2];
rx(pi*0.001861735256) q[3];
rx(pi*0.004310500369) q[4];
rx(pi*-0.005139172477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141852508673) q[0];
rx(pi*-0.000980197661) q[1];
rx(pi*-0.001555501323) q[2];
rx(pi*0.000317565036) q[3];
rx(pi*-0.005204246037) q[4];
rx(pi*-0.004828748976) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
