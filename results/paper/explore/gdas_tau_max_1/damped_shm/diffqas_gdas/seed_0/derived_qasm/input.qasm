// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.01225897649) q[0];
rx(pi*-0.127211059036) q[1];
rx(pi*0.07048208334) q[2];
rx(pi*-0.003382590414) q[3];
rx(pi*0.000974771604) q[4];
rx(pi*-0.004282206073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.9288614e-05) q[0];
rx(pi*0.023030864273) q[1];
rx(pi*0.299546483787) q[2];
rx(pi*-0.009282946268) q[3];
rx(pi*0.003684638336) q[4];
rx(pi*0.004835647052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002354486565) q[0];
rx(pi*0.242594943532) q[1];
rx(pi*0.064995544162) q[2];
rx(pi*0.00094998067) q[3];
rx(pi*0.00472801169) q[4];
rx(pi*-0.000637595862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004707727155) q[0];
rx(pi*-0.026672725881) q[1];
rx(pi*0.490777133587) q[2];
rx(pi*-0.00636552642) q[3];
rx(pi*0.000518682831) q[4];
rx(pi*-0.00556321991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009375989808) q[0];
rx(pi*-0.111543933172) q[1];
rx(pi*0.076300901735) q[2];
rx(pi*0.001146381589) q[3];
rx(pi*0.00474912569) q[4];
rx(pi*0.002288717091) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
