// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.000619261332) q[0];
rx(pi*-0.146019483762) q[1];
rx(pi*-0.006638002944) q[2];
rx(pi*0.045639850528) q[3];
rx(pi*0.000589503466) q[4];
rx(pi*0.003205197891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000544561511) q[0];
rx(pi*-0.278700803359) q[1];
rx(pi*0.034778135085) q[2];
rx(pi*0.040091389044) q[3];
rx(pi*0.002401315457) q[4];
rx(pi*0.002708879112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.012163995358) q[0];
rx(pi*-0.129193938843) q[1];
rx(pi*-0.004434754968) q[2];
rx(pi*0.040357121348) q[3];
rx(pi*-0.000736548598) q[4];
rx(pi*-0.000419491379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00526744841) q[0];
rx(pi*-0.316893039331) q[1];
rx(pi*0.038443783776) q[2];
rx(pi*0.041913859013) q[3];
rx(pi*-0.003013371851) q[4];
rx(pi*-0.001173198752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000560278839) q[0];
rx(pi*-0.139102162249) q[1];
rx(pi*-0.006102417691) q[2];
rx(pi*0.046869180228) q[3];
rx(pi*-0.001101434705) q[4];
rx(pi*0.000539295981) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
