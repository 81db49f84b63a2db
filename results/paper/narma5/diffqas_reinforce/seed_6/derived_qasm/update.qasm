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
rx(pi*-0.079518267087) q[0];
rx(pi*0.066010771148) q[1];
rx(pi*0.003155686728) q[2];
rx(pi*-2.3339824e-05) q[3];
rx(pi*-0.002961261717) q[4];
rx(pi*0.001847018777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.131605223293) q[0];
rx(pi*0.058430968716) q[1];
rx(pi*-0.004104783609) q[2];
rx(pi*-0.001321023953) q[3];
rx(pi*-0.000946253859) q[4];
rx(pi*0.001551755688) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082697938332) q[0];
rx(pi*0.06723291492) q[1];
rx(pi*-0.002677089088) q[2];
rx(pi*-0.003522313436) q[3];
rx(pi*-0.001648544715) q[4];
rx(pi*-0.00177442104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.133013873918) q[0];
rx(pi*0.065387881611) q[1];
rx(pi*-0.000953971765) q[2];
rx(pi*0.000451915101) q[3];
rx(pi*0.002270722774) q[4];
rx(pi*-0.003266542714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.077465169141) q[0];
rx(pi*0.064436251276) q[1];
rx(pi*0.002540825332) q[2];
rx(pi*-0.004151636513) q[3];
rx(pi*0.001715692086) q[4];
rx(pi*-0.002628168451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
