// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.109891833735) q[0];
ry(pi*0.172320474227) q[1];
ry(pi*0.32382617463) q[2];
ry(pi*0.395169815186) q[3];
ry(pi*-0.016404386681) q[4];
ry(pi*-0.008180568558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.192197633831) q[0];
ry(pi*0.25980984718) q[1];
ry(pi*-0.291001518708) q[2];
ry(pi*-0.116359074241) q[3];
ry(pi*0.033739341575) q[4];
ry(pi*0.004424436165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165267146571) q[0];
ry(pi*-0.018221149409) q[1];
ry(pi*-0.036923701461) q[2];
ry(pi*-0.139879523153) q[3];
ry(pi*0.000638179496) q[4];
ry(pi*0.006768432283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.056820998265) q[0];
ry(pi*-0.040465024108) q[1];
ry(pi*-0.042299209748) q[2];
ry(pi*-0.007513910079) q[3];
ry(pi*-0.119535558065) q[4];
ry(pi*-0.000968725522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.260927398937) q[0];
ry(pi*0.286442822783) q[1];
ry(pi*0.089478589658) q[2];
ry(pi*-0.028915515731) q[3];
ry(pi*0.367051937485) q[4];
ry(pi*-0.000158532444) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
