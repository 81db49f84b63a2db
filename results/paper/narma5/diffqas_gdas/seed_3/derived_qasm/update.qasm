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
rx(pi*0.003790885723) q[0];
rx(pi*0.000251155787) q[1];
rx(pi*6.0583902e-05) q[2];
rx(pi*0.000658209381) q[3];
rx(pi*-0.002270292922) q[4];
rx(pi*0.000872860453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002397399808) q[0];
rx(pi*0.006773019538) q[1];
rx(pi*0.001613462919) q[2];
rx(pi*-0.001174224541) q[3];
rx(pi*-0.000263706185) q[4];
rx(pi*7.8063926e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004016707964) q[0];
rx(pi*-0.003789810502) q[1];
rx(pi*0.004774188986) q[2];
rx(pi*-0.004554250966) q[3];
rx(pi*-0.001931759517) q[4];
rx(pi*0.00317817477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003083486529) q[0];
rx(pi*-0.004412215641) q[1];
rx(pi*0.004584185219) q[2];
rx(pi*-0.001223917354) q[3];
rx(pi*0.00520737654) q[4];
rx(pi*0.001532584171) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000499362052) q[0];
rx(pi*0.001185741369) q[1];
rx(pi*0.001730190081) q[2];
rx(pi*-0.00251214417) q[3];
rx(pi*0.006789554881) q[4];
rx(pi*-0.001143885561) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
