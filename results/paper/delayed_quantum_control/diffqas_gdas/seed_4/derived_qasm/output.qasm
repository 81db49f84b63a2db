// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.221495616439) q[0];
rx(pi*0.060547411924) q[1];
rx(pi*0.009723884189) q[2];
rx(pi*-0.17938801247) q[3];
rx(pi*0.004354076027) q[4];
rx(pi*0.000489605724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.274521258824) q[0];
rx(pi*-0.112777825818) q[1];
rx(pi*-0.033651725426) q[2];
rx(pi*-0.174424551946) q[3];
rx(pi*8.4466923e-05) q[4];
rx(pi*-0.000384562366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158411771078) q[0];
rx(pi*0.010699152197) q[1];
rx(pi*0.010321879109) q[2];
rx(pi*-0.173218909721) q[3];
rx(pi*-0.00135942257) q[4];
rx(pi*0.001627461398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.309634521409) q[0];
rx(pi*-0.018193553548) q[1];
rx(pi*-0.034944054136) q[2];
rx(pi*-0.172350299386) q[3];
rx(pi*0.002280512415) q[4];
rx(pi*-3.0192377e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.20638416441) q[0];
rx(pi*0.063047626385) q[1];
rx(pi*0.010102779447) q[2];
rx(pi*-0.180067312729) q[3];
rx(pi*0.001771855273) q[4];
rx(pi*-0.005427578993) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
