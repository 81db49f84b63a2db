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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*4.2801189e-05) q[0];
rx(pi*0.005583530236) q[1];
rx(pi*-0.001951617758) q[2];
rx(pi*0.002267016121) q[3];
rx(pi*-0.000375587515) q[4];
rx(pi*0.002620028253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000403058386) q[0];
rx(pi*-0.001553920804) q[1];
rx(pi*0.000217102799) q[2];
rx(pi*-0.002914223236) q[3];
rx(pi*-0.003195500149) q[4];
rx(pi*0.002302917155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001448680455) q[0];
rx(pi*0.004308430264) q[1];
rx(pi*0.007861193774) q[2];
rx(pi*-0.001507847858) q[3];
rx(pi*0.00268700057) q[4];
rx(pi*-0.000356060889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005652068101) q[0];
rx(pi*-0.000928504483) q[1];
rx(pi*0.004874227542) q[2];
rx(pi*-0.0034303048) q[3];
rx(pi*-0.000135153471) q[4];
rx(pi*-0.000885232982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004927613296) q[0];
rx(pi*0.001094098106) q[1];
rx(pi*-0.000265662954) q[2];
rx(pi*0.002051314953) q[3];
rx(pi*0.000227751216) q[4];
rx(pi*-0.004447258306) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
