// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.002820474146) q[0];
rz(pi*-0.000927399098) q[1];
rz(pi*0.002810427187) q[2];
rz(pi*0.001848568169) q[3];
rz(pi*0.000292130474) q[4];
rz(pi*0.002133653565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009001703742) q[0];
rz(pi*0.003251403054) q[1];
rz(pi*-0.003054120273) q[2];
rz(pi*-0.005310966557) q[3];
rz(pi*0.000880626606) q[4];
rz(pi*0.002230497287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001415152793) q[0];
rz(pi*-0.003425861916) q[1];
rz(pi*8.3623914e-05) q[2];
rz(pi*-0.000167458511) q[3];
rz(pi*0.0044745008) q[4];
rz(pi*0.002379605594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000617524288) q[0];
rz(pi*0.003538979809) q[1];
rz(pi*-0.000653781913) q[2];
rz(pi*-0.002946835314) q[3];
rz(pi*0.001859606009) q[4];
rz(pi*0.001854909958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000683470187) q[0];
rz(pi*-0.002491584233) q[1];
rz(pi*0.000729542837) q[2];
rz(pi*-0.007938215422) q[3];
rz(pi*0.002196650202) q[4];
rz(pi*0.001564151562) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
