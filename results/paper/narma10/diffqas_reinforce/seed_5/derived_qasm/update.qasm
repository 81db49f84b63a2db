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
rx(pi*0.004949477016) q[0];
rx(pi*0.006994451662) q[1];
rx(pi*0.002321860999) q[2];
rx(pi*1.60518e-06) q[3];
rx(pi*-0.005343697511) q[4];
rx(pi*0.000598296335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000466230262) q[0];
rx(pi*-0.003168953125) q[1];
rx(pi*0.001930012542) q[2];
rx(pi*-0.000401894971) q[3];
rx(pi*-0.000771515594) q[4];
rx(pi*0.006366192838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000190446422) q[0];
rx(pi*-0.004257932814) q[1];
rx(pi*-0.007201709958) q[2];
rx(pi*0.001675051274) q[3];
rx(pi*-0.000726473179) q[4];
rx(pi*-0.00247196493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005593473142) q[0];
rx(pi*-0.000244068372) q[1];
rx(pi*-0.003677010995) q[2];
rx(pi*-0.000404265601) q[3];
rx(pi*-0.00282849369) q[4];
rx(pi*-0.002882469971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001376696813) q[0];
rx(pi*-0.000143661164) q[1];
rx(pi*0.000970837501) q[2];
rx(pi*-0.011106059531) q[3];
rx(pi*-0.004085718962) q[4];
rx(pi*0.003831742943) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
