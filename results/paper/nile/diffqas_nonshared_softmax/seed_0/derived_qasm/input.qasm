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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.207823797532) q[0];
ry(pi*0.05659806848) q[1];
ry(pi*0.003904881106) q[2];
ry(pi*-1.397292e-06) q[3];
ry(pi*6.41805e-07) q[4];
ry(pi*4.286e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.167731004505) q[0];
ry(pi*-0.09821418342) q[1];
ry(pi*-0.009490771374) q[2];
ry(pi*-1.825546e-06) q[3];
ry(pi*-1.5554e-08) q[4];
ry(pi*-2.0283e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.227809614063) q[0];
ry(pi*0.062623613934) q[1];
ry(pi*-0.002459246667) q[2];
ry(pi*-5.86805e-07) q[3];
ry(pi*0.005672389693) q[4];
ry(pi*0.012714956836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.168877527648) q[0];
ry(pi*0.055732692998) q[1];
ry(pi*-0.13476108374) q[2];
ry(pi*-0.010137589696) q[3];
ry(pi*-0.012046084474) q[4];
ry(pi*-0.004018026273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.227386256171) q[0];
ry(pi*0.037098293428) q[1];
ry(pi*-0.007358331176) q[2];
ry(pi*-0.027000823979) q[3];
ry(pi*0.021837170136) q[4];
ry(pi*0.003812398151) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
