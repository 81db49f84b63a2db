// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.001230000787) q[0];
rx(pi*-0.055243091758) q[1];
rx(pi*0.016766556275) q[2];
rx(pi*0.006519790275) q[3];
rx(pi*0.016471492103) q[4];
rx(pi*-0.013611623122) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.01252544636) q[0];
rx(pi*-0.003107802773) q[1];
rx(pi*0.086867028883) q[2];
rx(pi*0.009873561382) q[3];
rx(pi*0.006711948635) q[4];
rx(pi*0.003925202994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.049007124302) q[0];
rx(pi*0.001105288174) q[1];
rx(pi*-0.003709955689) q[2];
rx(pi*-0.004181708911) q[3];
rx(pi*0.003516664004) q[4];
rx(pi*0.050896624988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003002866878) q[0];
rx(pi*0.004490453323) q[1];
rx(pi*-0.006964315824) q[2];
rx(pi*0.015443360092) q[3];
rx(pi*0.00235449872) q[4];
rx(pi*0.00019221287) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001518370025) q[0];
rx(pi*0.000849523454) q[1];
rx(pi*-0.003868270225) q[2];
rx(pi*-0.000416358838) q[3];
rx(pi*-0.003372546123) q[4];
rx(pi*0.006479663506) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
