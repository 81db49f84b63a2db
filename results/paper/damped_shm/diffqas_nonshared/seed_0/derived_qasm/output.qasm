// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.174512111176) q[0];
rx(pi*0.11054110962) q[1];
rx(pi*-0.034118962541) q[2];
rx(pi*-0.025212217993) q[3];
rx(pi*0.013351459319) q[4];
rx(pi*-0.001514472608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.312464534401) q[0];
rx(pi*0.082238408896) q[1];
rx(pi*-0.032457509539) q[2];
rx(pi*-0.015349398744) q[3];
rx(pi*0.017709729509) q[4];
rx(pi*0.001973574415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.151838596235) q[0];
rx(pi*0.100317084829) q[1];
rx(pi*-0.021803325125) q[2];
rx(pi*-0.020061145454) q[3];
rx(pi*0.015359960636) q[4];
rx(pi*0.000990401961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.299290446557) q[0];
rx(pi*0.095276272412) q[1];
rx(pi*-0.028385440876) q[2];
rx(pi*-0.01182489781) q[3];
rx(pi*0.019966355234) q[4];
rx(pi*-0.00294753197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.139935663514) q[0];
rx(pi*0.094552803597) q[1];
rx(pi*-0.038072913991) q[2];
rx(pi*-0.018649116493) q[3];
rx(pi*0.024932621354) q[4];
rx(pi*-0.000664322089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
