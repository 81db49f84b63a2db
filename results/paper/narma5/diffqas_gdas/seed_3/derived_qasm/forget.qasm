// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002592848013) q[0];
ry(pi*-0.008431460023) q[1];
ry(pi*0.004935812488) q[2];
ry(pi*-0.041011889844) q[3];
ry(pi*0.001094791946) q[4];
ry(pi*-0.00036184087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000334960118) q[0];
ry(pi*0.024485348313) q[1];
ry(pi*-0.002168195231) q[2];
ry(pi*-0.000332237195) q[3];
ry(pi*0.017458641794) q[4];
ry(pi*-0.001633129358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004135074786) q[0];
ry(pi*-0.001020743535) q[1];
ry(pi*0.013782415796) q[2];
ry(pi*0.001805960121) q[3];
ry(pi*0.014566280796) q[4];
ry(pi*0.009937555867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00659469409) q[0];
ry(pi*-0.007856945658) q[1];
ry(pi*0.001999554777) q[2];
ry(pi*0.001245107022) q[3];
ry(pi*-0.000563932056) q[4];
ry(pi*-1.7580471e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001503267422) q[0];
ry(pi*-0.004171084172) q[1];
ry(pi*0.003057890514) q[2];
ry(pi*-0.002939332778) q[3];
ry(pi*-0.003270954767) q[4];
ry(pi*-0.004479383911) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
