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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.009746215113) q[0];
ry(pi*0.020712541543) q[1];
ry(pi*0.011369525778) q[2];
ry(pi*0.067052042973) q[3];
ry(pi*0.150032883946) q[4];
ry(pi*-0.004769896106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021558391696) q[0];
ry(pi*0.006212358835) q[1];
ry(pi*0.000287221813) q[2];
ry(pi*-0.008312731533) q[3];
ry(pi*-0.003290908761) q[4];
ry(pi*0.00327843418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018937275771) q[0];
ry(pi*0.009248047084) q[1];
ry(pi*-0.013222522897) q[2];
ry(pi*-0.014819032184) q[3];
ry(pi*-0.108981009036) q[4];
ry(pi*0.001506731282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01557171073) q[0];
ry(pi*-0.007225598426) q[1];
ry(pi*-0.000121457667) q[2];
ry(pi*-0.038613933749) q[3];
ry(pi*-0.018276885413) q[4];
ry(pi*-0.001579902796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063157246178) q[0];
ry(pi*0.017503753059) q[1];
ry(pi*0.012350842534) q[2];
ry(pi*0.098789901962) q[3];
ry(pi*0.024927880539) q[4];
ry(pi*-0.002119602467) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
