// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.022405999199) q[0];
rx(pi*0.003103686577) q[1];
rx(pi*-0.002343596356) q[2];
rx(pi*-0.000207815824) q[3];
rx(pi*0.000162721012) q[4];
rx(pi*0.003786821109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021136720007) q[0];
rx(pi*-0.003997503096) q[1];
rx(pi*0.001427778861) q[2];
rx(pi*0.002343611475) q[3];
rx(pi*0.006800586348) q[4];
rx(pi*-0.005344898723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013385649396) q[0];
rx(pi*0.00412141589) q[1];
rx(pi*-0.00427325479) q[2];
rx(pi*-0.003871348554) q[3];
rx(pi*0.001684651188) q[4];
rx(pi*0.003241695825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017948150543) q[0];
rx(pi*0.001630427075) q[1];
rx(pi*0.000348919354) q[2];
rx(pi*0.004797722012) q[3];
rx(pi*3.5487869e-05) q[4];
rx(pi*0.003152054632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01466732135) q[0];
rx(pi*-0.000679492654) q[1];
rx(pi*-0.000308687846) q[2];
rx(pi*0.003581154449) q[3];
rx(pi*0.001883696656) q[4];
rx(pi*-0.002392904749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
