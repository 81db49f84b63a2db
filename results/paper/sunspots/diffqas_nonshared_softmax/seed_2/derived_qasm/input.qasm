// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*0.281564739623) q[0];
ry(pi*-0.003376269525) q[1];
ry(pi*0.000120744669) q[2];
ry(pi*-0.000717145035) q[3];
ry(pi*0.000421839257) q[4];
ry(pi*-1.325e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011207638436) q[0];
ry(pi*-0.000145174407) q[1];
ry(pi*-0.000190115751) q[2];
ry(pi*-0.000898607583) q[3];
ry(pi*4.0e-12) q[4];
ry(pi*9.6e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001065414202) q[0];
ry(pi*5.3044004e-05) q[1];
ry(pi*-3.6446141e-05) q[2];
ry(pi*1.43e-10) q[3];
ry(pi*-8.5926e-06) q[4];
ry(pi*7.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004469482804) q[0];
ry(pi*0.003501537388) q[1];
ry(pi*1.3e-09) q[2];
ry(pi*2.1e-11) q[3];
ry(pi*5.0e-12) q[4];
ry(pi*3.0e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001808707908) q[0];
ry(pi*3.02958e-07) q[1];
ry(pi*-0.010436419958) q[2];
ry(pi*0.000264597219) q[3];
ry(pi*-8.5555632e-05) q[4];
ry(pi*-0.00273615303) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
