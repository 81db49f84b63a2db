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
rx(pi*-0.004502382142) q[0];
rx(pi*0.003026626094) q[1];
rx(pi*-0.000946179154) q[2];
rx(pi*-0.006249011812) q[3];
rx(pi*0.004639995335) q[4];
rx(pi*0.004087322752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.4190633e-05) q[0];
rx(pi*0.001450326193) q[1];
rx(pi*-0.001130865587) q[2];
rx(pi*0.00016216328) q[3];
rx(pi*0.00052928541) q[4];
rx(pi*-0.000735328042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002637468358) q[0];
rx(pi*-8.8647069e-05) q[1];
rx(pi*-0.001662404456) q[2];
rx(pi*0.000942198583) q[3];
rx(pi*-0.001657112838) q[4];
rx(pi*0.000425959493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.575704e-06) q[0];
rx(pi*-0.001000743591) q[1];
rx(pi*0.005096991908) q[2];
rx(pi*-0.002081344662) q[3];
rx(pi*-0.00465724512) q[4];
rx(pi*0.005074335483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001886610899) q[0];
rx(pi*-0.003387434394) q[1];
rx(pi*-0.000792614105) q[2];
rx(pi*-0.002908514514) q[3];
rx(pi*0.002985245345) q[4];
rx(pi*0.002270631171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
