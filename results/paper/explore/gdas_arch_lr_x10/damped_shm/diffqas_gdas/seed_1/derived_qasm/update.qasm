// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.117305482328) q[0];
rx(pi*0.102946375636) q[1];
rx(pi*-0.017049439944) q[2];
rx(pi*-8.1848044e-05) q[3];
rx(pi*-0.001134682666) q[4];
rx(pi*0.006156640619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005534470268) q[0];
rx(pi*0.091264342616) q[1];
rx(pi*-0.020398521225) q[2];
rx(pi*0.007634990597) q[3];
rx(pi*0.002279896394) q[4];
rx(pi*0.003320896671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11829059482) q[0];
rx(pi*0.099069161835) q[1];
rx(pi*-0.016778737965) q[2];
rx(pi*-0.000807363193) q[3];
rx(pi*0.004567405898) q[4];
rx(pi*0.00189731894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007137832274) q[0];
rx(pi*0.10094606936) q[1];
rx(pi*-0.022262233203) q[2];
rx(pi*-0.000960620972) q[3];
rx(pi*0.000752997377) q[4];
rx(pi*0.001111800273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113038843395) q[0];
rx(pi*0.10490310151) q[1];
rx(pi*-0.019809262069) q[2];
rx(pi*1.6848853e-05) q[3];
rx(pi*0.002404794733) q[4];
rx(pi*-0.000829780087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
