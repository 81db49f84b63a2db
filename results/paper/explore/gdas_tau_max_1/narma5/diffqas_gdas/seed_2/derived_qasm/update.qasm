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
rx(pi*0.090047145988) q[0];
rx(pi*-0.002716878201) q[1];
rx(pi*0.001661067914) q[2];
rx(pi*-0.003286060039) q[3];
rx(pi*0.011277605187) q[4];
rx(pi*-0.000745918615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113389165694) q[0];
rx(pi*-0.000645755329) q[1];
rx(pi*-0.004375870082) q[2];
rx(pi*-0.004984019275) q[3];
rx(pi*-0.001354269394) q[4];
rx(pi*-0.002299519699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090063396146) q[0];
rx(pi*-0.00480030023) q[1];
rx(pi*0.007454776767) q[2];
rx(pi*0.00675650969) q[3];
rx(pi*-0.005792643118) q[4];
rx(pi*0.001503535412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.111727171969) q[0];
rx(pi*-0.002220274979) q[1];
rx(pi*-0.000763764337) q[2];
rx(pi*0.003433942824) q[3];
rx(pi*0.001676582731) q[4];
rx(pi*-0.003920607143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094725398683) q[0];
rx(pi*-0.002724737958) q[1];
rx(pi*0.00587179505) q[2];
rx(pi*-0.003120351171) q[3];
rx(pi*-0.007379770974) q[4];
rx(pi*0.000252980561) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
