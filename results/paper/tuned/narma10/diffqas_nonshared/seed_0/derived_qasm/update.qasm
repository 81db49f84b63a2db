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
rx(pi*-0.10142792972) q[0];
rx(pi*0.029345630293) q[1];
rx(pi*-0.003967422398) q[2];
rx(pi*0.001522406033) q[3];
rx(pi*-0.000796839691) q[4];
rx(pi*-0.000753527576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.10505193323) q[0];
rx(pi*0.026199858604) q[1];
rx(pi*-0.000729287446) q[2];
rx(pi*0.005904800516) q[3];
rx(pi*0.003729489912) q[4];
rx(pi*-0.001848539413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.093714464281) q[0];
rx(pi*0.026357197229) q[1];
rx(pi*-0.004334006714) q[2];
rx(pi*-0.004621415382) q[3];
rx(pi*-0.003522786865) q[4];
rx(pi*0.001463915571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.10550179605) q[0];
rx(pi*0.033726229035) q[1];
rx(pi*0.00359947234) q[2];
rx(pi*0.000481334533) q[3];
rx(pi*-0.000686285935) q[4];
rx(pi*-0.00068720678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.09591541685) q[0];
rx(pi*0.027229142025) q[1];
rx(pi*-5.4692554e-05) q[2];
rx(pi*-0.000322745374) q[3];
rx(pi*0.004153945259) q[4];
rx(pi*-0.001111263403) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
