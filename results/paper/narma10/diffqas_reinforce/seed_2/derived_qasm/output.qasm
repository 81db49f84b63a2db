// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.000207887917) q[0];
ry(pi*0.04183122321) q[1];
ry(pi*0.018423831716) q[2];
ry(pi*0.022660592129) q[3];
ry(pi*-0.001520023322) q[4];
ry(pi*0.00022820495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007807601691) q[0];
ry(pi*0.020747316218) q[1];
ry(pi*0.000747037118) q[2];
ry(pi*0.005875358369) q[3];
ry(pi*0.00130706757) q[4];
ry(pi*-0.003198778284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001270695627) q[0];
ry(pi*0.043303527404) q[1];
ry(pi*0.025028886704) q[2];
ry(pi*-0.006100592157) q[3];
ry(pi*0.001525720186) q[4];
ry(pi*0.000980495741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007428774617) q[0];
ry(pi*0.02263067922) q[1];
ry(pi*0.007249657649) q[2];
ry(pi*0.001891232542) q[3];
ry(pi*-0.005965898693) q[4];
ry(pi*-0.004400684953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006396896673) q[0];
ry(pi*0.039208523061) q[1];
ry(pi*0.020057621266) q[2];
ry(pi*0.049238321462) q[3];
ry(pi*-0.103864504842) q[4];
ry(pi*0.008673662563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
