// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.067232231901) q[0];
ry(pi*0.225831837925) q[1];
ry(pi*0.035506724171) q[2];
ry(pi*0.004919462722) q[3];
ry(pi*0.001128560398) q[4];
ry(pi*0.005835544058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098752421299) q[0];
ry(pi*-0.174595401539) q[1];
ry(pi*0.048758220825) q[2];
ry(pi*0.013556542863) q[3];
ry(pi*-0.006434771613) q[4];
ry(pi*5.1461179e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012957545945) q[0];
ry(pi*0.114598868087) q[1];
ry(pi*0.037310688595) q[2];
ry(pi*0.000345382456) q[3];
ry(pi*0.118366466838) q[4];
ry(pi*-0.01262534262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.258263074951) q[0];
ry(pi*-0.222698716316) q[1];
ry(pi*-0.471453541842) q[2];
ry(pi*0.357788227804) q[3];
ry(pi*-0.210587197207) q[4];
ry(pi*-0.032143427559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.604371451602) q[0];
ry(pi*-0.003791048474) q[1];
ry(pi*0.014240283931) q[2];
ry(pi*0.166496770349) q[3];
ry(pi*0.248260490585) q[4];
ry(pi*-0.006742028148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
