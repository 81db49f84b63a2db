// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002689668612) q[0];
rz(pi*0.002676423263) q[1];
rz(pi*-0.001930960735) q[2];
rz(pi*-0.000222944923) q[3];
rz(pi*0.00429832105) q[4];
rz(pi*-0.001262456859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000600791584) q[0];
rz(pi*-6.7766773e-05) q[1];
rz(pi*0.001939339723) q[2];
rz(pi*-0.001161625302) q[3];
rz(pi*-0.000485013578) q[4];
rz(pi*0.000771572438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00032776185) q[0];
rz(pi*-0.002753216941) q[1];
rz(pi*0.002851450714) q[2];
rz(pi*-0.004133282454) q[3];
rz(pi*-0.00382319987) q[4];
rz(pi*-0.004082365232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003077890162) q[0];
rz(pi*-0.001147953288) q[1];
rz(pi*-0.003090868114) q[2];
rz(pi*-0.003616103436) q[3];
rz(pi*0.001340544538) q[4];
rz(pi*-0.003357556763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004049107191) q[0];
rz(pi*0.001954302106) q[1];
rz(pi*-0.00380934176) q[2];
rz(pi*-0.001026354132) q[3];
rz(pi*-2.1513799e-05) q[4];
rz(pi*-0.001417544249) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
