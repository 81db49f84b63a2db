// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.029902539727) q[0];
ry(pi*-0.184619557919) q[1];
ry(pi*-0.101698566479) q[2];
ry(pi*0.008612280388) q[3];
ry(pi*-0.002545389167) q[4];
ry(pi*-0.006467228649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.155581558873) q[0];
ry(pi*0.045191652566) q[1];
ry(pi*0.148644287515) q[2];
ry(pi*-0.071860828172) q[3];
ry(pi*0.10257032629) q[4];
ry(pi*-0.003341451568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040964794741) q[0];
ry(pi*0.094134046596) q[1];
ry(pi*0.235843624074) q[2];
ry(pi*0.018131391712) q[3];
ry(pi*0.001903238882) q[4];
ry(pi*-0.000513100545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023976473133) q[0];
ry(pi*0.351664925268) q[1];
ry(pi*0.013700453526) q[2];
ry(pi*-0.495659049241) q[3];
ry(pi*0.597448295968) q[4];
ry(pi*-0.499623784327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.267089804306) q[0];
ry(pi*-0.067752720775) q[1];
ry(pi*0.226327709658) q[2];
ry(pi*-0.001838889992) q[3];
ry(pi*0.000164949661) q[4];
ry(pi*-0.001954373698) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
