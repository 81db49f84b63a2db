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
ry(pi*-0.02907817384) q[0];
ry(pi*-0.002480770063) q[1];
ry(pi*-0.000607266368) q[2];
ry(pi*0.002543348411) q[3];
ry(pi*0.005682574501) q[4];
ry(pi*-5.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004927367836) q[0];
ry(pi*-0.001869269512) q[1];
ry(pi*-0.000589121232) q[2];
ry(pi*0.009411066268) q[3];
ry(pi*1.0e-12) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000191947715) q[0];
ry(pi*5.0815411e-05) q[1];
ry(pi*-0.000142753214) q[2];
ry(pi*-2.0e-12) q[3];
ry(pi*-5.0920196e-05) q[4];
ry(pi*1.5e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01928137501) q[0];
ry(pi*0.070253879131) q[1];
ry(pi*-1.0e-12) q[2];
ry(pi*-1.0e-11) q[3];
ry(pi*1.0e-12) q[4];
ry(pi*-4.5e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04943418188) q[0];
ry(pi*1.0e-12) q[1];
ry(pi*0.00055014528) q[2];
ry(pi*-0.00022177217) q[3];
ry(pi*-0.000501631964) q[4];
ry(pi*0.002043280735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
