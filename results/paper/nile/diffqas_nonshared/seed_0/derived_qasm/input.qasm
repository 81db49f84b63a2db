// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.164211104461) q[0];
rx(pi*0.016924498471) q[1];
rx(pi*-0.004856992876) q[2];
rx(pi*0.009509511113) q[3];
rx(pi*-0.014312929396) q[4];
rx(pi*0.00102823903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041754070532) q[0];
rx(pi*0.046243435293) q[1];
rx(pi*0.035108137572) q[2];
rx(pi*-0.001104856988) q[3];
rx(pi*-0.013418635889) q[4];
rx(pi*-0.003333345165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095255288553) q[0];
rx(pi*0.048181577361) q[1];
rx(pi*-0.007891757092) q[2];
rx(pi*0.006022727408) q[3];
rx(pi*-0.013208056177) q[4];
rx(pi*-0.005943288513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014348735714) q[0];
rx(pi*0.010741258653) q[1];
rx(pi*0.017935150653) q[2];
rx(pi*0.004651342817) q[3];
rx(pi*-0.010958180006) q[4];
rx(pi*-0.002788638172) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166881120272) q[0];
rx(pi*0.013667612886) q[1];
rx(pi*-0.009114381112) q[2];
rx(pi*0.011947420257) q[3];
rx(pi*-0.013069872912) q[4];
rx(pi*0.000425070553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
