// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500000545151) q[0];
ry(pi*-0.121070956131) q[1];
ry(pi*-1.6126735e-05) q[2];
ry(pi*0.310238196296) q[3];
ry(pi*2.160248e-06) q[4];
ry(pi*0.001071950981) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.118607126656) q[0];
ry(pi*0.282404302681) q[1];
ry(pi*-0.49998555668) q[2];
ry(pi*-0.499963092947) q[3];
ry(pi*0.000205572037) q[4];
ry(pi*0.383795690889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.402389438976) q[0];
ry(pi*3.55189e-07) q[1];
ry(pi*2.599e-09) q[2];
ry(pi*0.47527867545) q[3];
ry(pi*-0.000914397949) q[4];
ry(pi*0.10448939126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.5208742e-05) q[0];
ry(pi*0.500007868631) q[1];
ry(pi*6.6574052e-05) q[2];
ry(pi*0.499340559149) q[3];
ry(pi*-0.498932037946) q[4];
ry(pi*1.3969e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.6287e-07) q[0];
ry(pi*-0.116939507511) q[1];
ry(pi*-0.014502350937) q[2];
ry(pi*-0.014565110415) q[3];
ry(pi*0.001973002417) q[4];
ry(pi*-0.002428759536) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
