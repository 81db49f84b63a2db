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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.236e-08) q[0];
ry(pi*0.058951296322) q[1];
ry(pi*1.3293797e-05) q[2];
ry(pi*0.500000013914) q[3];
ry(pi*-6.47873e-07) q[4];
ry(pi*2.6813e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499995384563) q[0];
ry(pi*0.336229494599) q[1];
ry(pi*0.000373427994) q[2];
ry(pi*-0.000373428142) q[3];
ry(pi*-0.500003125444) q[4];
ry(pi*1.6587344e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.151584475252) q[0];
ry(pi*-1.6295e-08) q[1];
ry(pi*0.008258180733) q[2];
ry(pi*-6.76e-10) q[3];
ry(pi*-0.006150040474) q[4];
ry(pi*-0.098946521994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.6436e-08) q[0];
ry(pi*-1.0e-12) q[1];
ry(pi*7.81e-10) q[2];
ry(pi*8.18e-10) q[3];
ry(pi*-9.0839e-08) q[4];
ry(pi*2.027e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.41017e-06) q[0];
ry(pi*-0.093026095049) q[1];
ry(pi*-0.039158207334) q[2];
ry(pi*-0.030331406831) q[3];
ry(pi*0.033489641243) q[4];
ry(pi*-0.002255116206) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
