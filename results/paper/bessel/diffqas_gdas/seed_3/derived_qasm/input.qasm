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
rx(pi*0.112712284461) q[0];
rx(pi*6.2767334e-05) q[1];
rx(pi*0.022365833892) q[2];
rx(pi*0.00764662267) q[3];
rx(pi*0.068441023602) q[4];
rx(pi*0.002133970173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.092836225276) q[0];
rx(pi*-0.000685285493) q[1];
rx(pi*0.021011530703) q[2];
rx(pi*-0.005034403778) q[3];
rx(pi*0.068772278291) q[4];
rx(pi*0.002229903203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.119292336926) q[0];
rx(pi*0.002076851826) q[1];
rx(pi*0.019723011958) q[2];
rx(pi*0.005538157503) q[3];
rx(pi*0.072624059123) q[4];
rx(pi*0.002379044712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081649029976) q[0];
rx(pi*-0.000153138255) q[1];
rx(pi*0.019733916545) q[2];
rx(pi*-0.002718589009) q[3];
rx(pi*0.069750612769) q[4];
rx(pi*0.001853986963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.111927201648) q[0];
rx(pi*-0.001255620593) q[1];
rx(pi*0.020285846819) q[2];
rx(pi*-0.002139870401) q[3];
rx(pi*0.070346655867) q[4];
rx(pi*0.001564200624) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
