// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rx(pi*0.007134043653) q[0];
rx(pi*0.000597523306) q[1];
rx(pi*0.078616321634) q[2];
rx(pi*0.000919836383) q[3];
rx(pi*0.005776341377) q[4];
rx(pi*-0.002583359267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.498382966628) q[0];
rx(pi*0.499648373008) q[1];
rx(pi*0.000114795564) q[2];
rx(pi*-1.7981668e-05) q[3];
rx(pi*0.075671091889) q[4];
rx(pi*-0.001075850473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001112635) q[0];
rx(pi*0.499806340105) q[1];
rx(pi*0.094065118604) q[2];
rx(pi*-0.500000013914) q[3];
rx(pi*0.010186327127) q[4];
rx(pi*-0.001334441094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.498459502692) q[0];
rx(pi*-0.003022429559) q[1];
rx(pi*0.491392761304) q[2];
rx(pi*0.003022052772) q[3];
rx(pi*0.07966944194) q[4];
rx(pi*0.002686909856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.12347e-07) q[0];
rx(pi*-1.6831498e-05) q[1];
rx(pi*0.074985933795) q[2];
rx(pi*-0.000919687195) q[3];
rx(pi*0.000888666753) q[4];
rx(pi*-0.00216383387) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
